s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
data = list(range(20))
print(data[s], data[slice(-3, None)], "abcdef"[slice(None, None, 2)])
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
print(sp[1], sp[1:2], sp[::3], sp[1:2, 3], sp[...], sp[:, None])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(type(sp[0:1]).__name__, repr(slice(None)))
