print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...))
print(NotImplemented, type(NotImplemented).__name__)
class A:
    def __eq__(self, other):
        return NotImplemented
    def __add__(self, other):
        return NotImplemented
print(A() == A(), A() != 5)
try:
    A() + 1
except TypeError as e:
    print("TypeError", e)
def stub():
    ...
print(stub())
