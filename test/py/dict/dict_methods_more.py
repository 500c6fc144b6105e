d = dict(a=1, b=2, c=3)
print(d.keys() - {"a"} == {"b", "c"}, list(d.values())[::-1], d.items() & {("a", 1)})
d2 = d.copy()
d2["a"] = 100
print(d["a"], d2["a"], d == d2, d != d2)
print({k: d[k] for k in sorted(d, reverse=True)})
items = list(d.items())
items.sort(key=lambda kv: -kv[1])
print(items)
print(dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True)))
counts = dict.fromkeys("hello", 0)
for ch in "hello":
    counts[ch] += 1
print(counts)
nested = {}
for path in ["a/b", "a/c", "d"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
print(len(d), bool(d), d.get("a") == d["a"], "a" in d.keys(), 1 in d.values())
