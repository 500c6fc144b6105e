try:
    import mod_does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod_math2 import nothing_here
except ImportError as e:
    # the message ends with the module's file path: keep the part before it
    print(type(e).__name__, str(e).split(" (")[0], e.name)
import mod_math2
try:
    mod_math2.missing
except AttributeError as e:
    print(type(e).__name__, e)
