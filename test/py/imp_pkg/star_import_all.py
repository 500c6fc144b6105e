from mod_star import *
print(public_a, helper())
try:
    public_b
except NameError as e:
    print("NameError", e)
import mod_star
print(mod_star.public_b, mod_star._hidden, mod_star.__all__)
from mod_nostar import *
print(visible, "_underscored" in dir())
