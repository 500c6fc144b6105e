from mod_shapes.sub import tri
print(tri.Tri(4, 5).describe())
print(tri.where())
from mod_shapes.sub.tri import package_name
print(package_name())
import mod_shapes.sub as s
print(s.Shape.__name__, s.tri is tri)
