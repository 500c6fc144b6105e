import mod_star
import mod_shapes.circle as circ
print(mod_star.__name__, mod_star.__package__, circ.__name__, circ.__package__)
print(type(mod_star).__name__, hasattr(mod_star, "__file__"), mod_star.__file__.endswith("__init__.py"))
print(circ.__file__.endswith("circle.py"), hasattr(mod_star, "__path__"), hasattr(circ, "__path__"))
mod_star.dynamic = "added at runtime"
import mod_star as again
print(again.dynamic)
import types
m = types.ModuleType("made_up", "doc of made up")
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))
