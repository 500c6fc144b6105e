class Base:
    a = "base a"
    b = "base b"
class Child(Base):
    b = "child b"
    def __init__(self):
        self.c = "instance c"
obj = Child()
print(obj.a, obj.b, obj.c)
obj.a = "instance a"
print(obj.a, Child.a, Base.a)
Base.a = "changed base a"
print(Child.a, Child().a)
print("a" in Child.__dict__, "b" in Child.__dict__, "c" in obj.__dict__, obj.__dict__)
print(getattr(Child, "b"), getattr(obj, "missing", None))
del Child.b
print(obj.b)
