def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def counter(start=0, _state={"n": None}):
    if _state["n"] is None:
        _state["n"] = start
    _state["n"] += 1
    return _state["n"]
print(counter(10), counter(), counter())
print(append_to.__defaults__)
