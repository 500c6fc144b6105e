d = {}
for key in ["banana", "apple", "cherry", "apple", "date"]:
    d[key] = d.get(key, 0) + 1
print(d)
del d["banana"]
d["banana"] = 9
print(list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), sorted(d2.items(), key=lambda kv: kv[1], reverse=True))
print({**d2, 0: "z"}, d2 | {1: "A", 9: "i"}, {9: 0} | d2)
d2 |= {4: "d"}
print(d2)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: 0, 2: 0}) == list({2: 0, 1: 0}))
print(dict(sorted({"b": 1, "a": 2}.items())))
