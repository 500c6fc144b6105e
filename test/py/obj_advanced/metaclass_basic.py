class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        ns.setdefault("fields", [k for k in ns if not k.startswith("_")])
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name, [b.__name__ for b in bases])
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    a = 1
    def method(self):
        return "m"
class Child(Base):
    b = 2
print(Base.created_by, Base.fields, Child.fields, type(Base).__name__, type(Child).__name__)
c = Child()
print(c.method(), isinstance(Child, Meta), isinstance(c, Base))
