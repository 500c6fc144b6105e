class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return f"A.c({cls.__name__})"
    @staticmethod
    def s():
        return "A.s"
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def c(cls):
        return "B>" + super().c()
    @staticmethod
    def s():
        return "B>" + super(B, B).s()
print(B().f(), B.c(), B.s())
class C(B):
    def f(self):
        return "C>" + super(B, self).f()
print(C().f(), C.c())
sup = super(B, B())
print(sup.f(), type(sup).__name__)
def outside():
    try:
        super().f()
    except RuntimeError as e:
        print("RuntimeError", e)
outside()
