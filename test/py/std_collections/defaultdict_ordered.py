from collections import defaultdict, OrderedDict
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd.default_factory.__name__, dd["z"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(last=False), od)
od.move_to_end("c", last=False)
print(list(od.keys()), OrderedDict(a=1) == OrderedDict(a=1))
print(repr(defaultdict(int, {"k": 1})))
