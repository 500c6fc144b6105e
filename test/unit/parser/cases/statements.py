import os
import os.path
import a.b.c as d, e
from x import y
from x import y as z, w
from x import (a, b,
               c as d)
from . import m
from .. import n
from ...pkg.sub import thing
from .mod import *
from . mod import x
global g1, g2
nonlocal_ = 1
del a
del a, b[1], c.d
del (a, b), [c]
assert x
assert x, "message"
pass
x = y = z = 1
a, b = b, a
a, *b = c
[a, b] = c
(a, b), c = d
a.b = 1
a[1] = 2
a[1:2] = 3
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x @= 7
x &= 1; x |= 2; x ^= 3; x <<= 4; x >>= 5
a.b += 1
a[0] += 1
x: int
x: int = 5
a.b: str = 'x'
a[0]: list
(y): int = 3
x = *a, *b
raise
raise E
raise E from e
raise E(1) from None
print(x, end='')
f(*args, **kwargs)
f(a, *b, c=1, **d, e=2)
f(x for x in y)
f(a=1, *b)
x = yield
