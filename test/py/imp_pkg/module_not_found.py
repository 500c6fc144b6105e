for name in ["mod_absent", "mod_shapes.absent", "mod_absent.child"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, "|", e, "|", e.name)
try:
    from mod_shapes import absent_name
except ImportError as e:
    print(type(e).__name__, "|", str(e).split(" (")[0], "|", e.name)
try:
    import mod_star.not_a_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e)
print(issubclass(ModuleNotFoundError, ImportError))
