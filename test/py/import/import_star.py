from mod_other import *
print(value)
print("_private" in dir())
print(double(3))
