d = {"x": 1, "y": 2, "z": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it))
d["w"] = 4
print(len(k), list(k), "w" in k, 4 in v, ("w", 4) in it)
print(k & {"x", "q"}, sorted(k | {"q"}), sorted(k - {"x"}), k == {"x", "y", "z", "w"})
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val, end=" | ")
print()
print(list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
