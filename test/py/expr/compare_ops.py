print(1 < 2, 2 < 1, 1 <= 1, 1 > 0, 0 >= 1, 1 == 1.0, 1 != 1)
print("a" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print(1 == True, 0 == False, 2 == True, None == None, None == 0)
print([1, 2] == [1, 2], [1] == (1,), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(float("nan") == float("nan"), float("inf") > 10 ** 100)
print(10 ** 30 > 1e29, 2 ** 53 + 1 == 2.0 ** 53, 0.5 == 1 / 2)
try:
    1 < "a"
except TypeError as e:
    print("TypeError", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
print(1 == "1", [] != ())
