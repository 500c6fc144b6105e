import mod_math2
print(mod_math2.PI, mod_math2.double(4))
print(mod_math2.Thing.kind)
print(mod_math2.__name__)
print(mod_math2.__doc__)
import mod_math2
print("second import does not reload")
print(__name__)
