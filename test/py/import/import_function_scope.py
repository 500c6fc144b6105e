def f():
    import mod_math2 as mm
    from mod_math2 import double
    return mm.PI, double(2)
print(f())
try:
    mm
except NameError as e:
    print("NameError", e)
import mod_math2
print(mod_math2.Thing().kind)
