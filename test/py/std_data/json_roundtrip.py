import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"not serializable: {type(o).__name__}")
def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
s = json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, default=encode)
print(s)
back = json.loads(s, object_hook=decode)
print([(p.x, p.y) for p in back["pts"]])
print(json.dumps([1, "two", 3.0, [None]], indent=None), json.dumps({}), json.dumps([]), json.dumps(""))
print(json.loads('"\\u00e9\\n"'), json.loads("[]"), json.loads(" {\"a\" : 1} "), json.loads("3.14"))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 2, 1}}, cls=Enc), json.loads("[1, 2]", parse_int=str))
