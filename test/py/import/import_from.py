from mod_math2 import double, PI
print(double(PI))
from mod_math2 import double as dbl, Thing as T
print(dbl(5), T.kind, dbl is double)
import mod_math2 as m
print(m.double(1), m is __import__("mod_math2"))
from mod_other import value
print(value)
