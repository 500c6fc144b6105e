def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise LookupError(f"cannot load {key!r}") from e
print("start")
load("cfg")
