import mod_shapes
print(mod_shapes.VERSION, mod_shapes.__doc__, mod_shapes.__name__, mod_shapes.__package__)
c = mod_shapes.Circle(1)
print(c.describe(), mod_shapes.square.Square(3).describe())
import mod_shapes.base
print(mod_shapes.base.package_name())
from mod_shapes.circle import Circle as C2
print(C2 is mod_shapes.Circle)
import sys
print(sorted(k for k in sys.modules if k.startswith("mod_shapes")))
