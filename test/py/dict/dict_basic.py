d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d, 2 in d)
d["b"] = 20
print(d)
del d["a"]
d["a"] = 100
print(d, list(d))
print(d.get("z"), d.get("z", 0), d.get("c"))
print(d.pop("c"), d.pop("missing", "dflt"), d)
print(d.setdefault("b", 0), d.setdefault("new", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
print(dict(), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c = d.copy(); c["copy"] = True
print(len(d), len(c))
d.clear(); print(d)
