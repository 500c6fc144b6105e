class WithCall:
    def __call__(self, x):
        return x * 2
class Without:
    pass
print(callable(print), callable(len), callable(lambda: 0), callable(WithCall), callable(WithCall()))
print(callable(Without()), callable(5), callable("s"), callable(None), callable(str.upper), callable(int))
print(WithCall()(21))
def f(): pass
print(callable(f), callable(f()), callable(type), callable([].append))
