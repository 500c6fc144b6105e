def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        print(pad + "{")
        for k, v in value.items():
            print(pad + "  " + repr(k) + ":")
            dump(v, indent + 2)
        print(pad + "}")
    elif isinstance(value, (list, tuple)):
        print(pad + ("[" if isinstance(value, list) else "("))
        for v in value:
            dump(v, indent + 1)
        print(pad + ("]" if isinstance(value, list) else ")"))
    else:
        print(pad + repr(value))
dump({"name": "tspy", "tags": ["a", "b"], "nested": {"pair": (1, 2.5), "none": None}})
