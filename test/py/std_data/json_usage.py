import json
data = {"name": "tspy", "version": 1.5, "tags": ["a", "b"], "ok": True, "none": None, "nested": {"n": [1, {"x": 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, true, false]'))
print(json.dumps("é\n\"q\""), json.dumps("é", ensure_ascii=False), json.dumps([1, 2], separators=(",", ":")))
print(json.dumps({1: "int key", "b": (1, 2)}), json.loads('{"a": {"b": []}}')["a"])
print(json.dumps(float("inf")), json.dumps(1e100), json.dumps(10 ** 20), json.loads("1e2"), json.loads("-0"))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"s": {3, 1}}, default=sorted))
