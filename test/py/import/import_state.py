import mod_math2
from mod_math2 import counter
print(mod_math2.bump(), mod_math2.bump())
print(counter, mod_math2.counter)
import mod_other
print(mod_other.value, mod_other._private)
import sys
print("mod_math2" in sys.modules, type(sys.modules["mod_math2"]).__name__)
