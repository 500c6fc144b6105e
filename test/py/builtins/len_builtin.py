print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(bytearray(4)))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
for bad in [5, 1.5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
class Negative:
    def __len__(self):
        return -1
try:
    len(Negative())
except ValueError as e:
    print("ValueError", e)
