class Empty:
    pass
class Doc:
    "class doc"
    x = 1
class Base(object, metaclass=Meta, flag=True):
    def method(self):
        return self.x
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = 1
    def get(self):
        return self.__secret
    def cls(self):
        return __class__
    @staticmethod
    def s():
        return 1
    @property
    def p(self):
        return self._p
def factory(v):
    class Local:
        attr = v
        def m(self):
            return v
    return Local
def classderef():
    x = 1
    class C:
        y = x
        x = 2
    return C
def free_and_local():
    name = 1
    class C:
        name = 2
        def m(self):
            return name
    return C
class Outer:
    class Inner:
        def deep(self):
            return 1
    def __mangle(self):
        __local = 1
        return __local
    import __mod
    from x import __y
@dec
class Decorated(*bases, **kw):
    pass
class Walrus:
    vals = [y := 1, 2]
