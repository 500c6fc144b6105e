class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class Child(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 10
c = Child()
c.v = 5
print(c.v)
class Override(Base):
    @property
    def v(self):
        return "overridden " + str(super().v)
print(Override().v)
class Cached:
    calls = 0
    @property
    def expensive(self):
        Cached.calls += 1
        if "_cache" not in self.__dict__:
            self._cache = 42
        return self._cache
o = Cached()
print(o.expensive, o.expensive, Cached.calls)
