"""Module docstring."""
from __future__ import annotations
x: SomeType = 1
def f(a: Undefined) -> AlsoUndefined:
    return a
class C:
    attr: Forward
    def m(self) -> C:
        return self
print(__debug__)
pass
...
1
"not a docstring"
