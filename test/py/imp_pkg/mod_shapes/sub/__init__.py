from ..base import Shape
from . import tri
