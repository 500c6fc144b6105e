import sys
import mod_nostar
print("mod_nostar" in sys.modules, sys.modules["mod_nostar"] is mod_nostar)
del sys.modules["mod_nostar"]
import mod_nostar as fresh
print(fresh is mod_nostar, fresh.visible)
print(sys.modules["__main__"].__name__, __name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
