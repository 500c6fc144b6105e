"""The mod_shapes package."""
print("init mod_shapes", __name__)
from .circle import Circle
from . import square
VERSION = "1.0"
