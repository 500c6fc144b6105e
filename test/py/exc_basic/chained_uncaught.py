def load():
    try:
        return {}["config"]
    except KeyError as e:
        raise RuntimeError("could not load config") from e
print("loading")
load()
