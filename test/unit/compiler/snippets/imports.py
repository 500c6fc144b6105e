import os
import os.path
import a.b.c as d
import x as y, z
from . import sibling
from .. import parent as p
from .mod import name
from pkg.sub import a, b as c
from m import *
def f():
    import json
    from collections import OrderedDict as OD
    return json, OD
