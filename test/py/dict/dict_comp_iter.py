inventory = {"apples": 3, "pears": 0, "plums": 7}
print({k: v for k, v in inventory.items() if v})
print(sum(inventory.values()), max(inventory, key=inventory.get), min(inventory.items(), key=lambda kv: kv[1]))
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", "none"))
print(list(enumerate({"p": 1, "q": 2})), dict(enumerate("ab")))
print(len({}), bool({}), bool({0: 0}), {} == dict())
