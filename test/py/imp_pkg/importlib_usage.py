import importlib
m = importlib.import_module("mod_star")
print(m.public_a, m.__name__)
tri = importlib.import_module("mod_shapes.sub.tri")
print(tri.__name__, tri.Tri(2, 2).area())
rel = importlib.import_module(".circle", package="mod_shapes")
print(rel.__name__, rel.Circle(2).area())
try:
    importlib.import_module("mod_missing_thing")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
