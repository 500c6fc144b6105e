s = {1, 2, 3}
s |= {4}; print(s)
s &= {1, 2, 4, 8}; print(s)
s -= {1}; print(s)
s ^= {2, 6}; print(s)
s.update([20, 21], (22,)); print(sorted(s))
s.intersection_update({4, 20, 99}); print(s)
s.difference_update([4]); print(s)
s.symmetric_difference_update({20, 5}); print(s)
print(sorted({x * x for x in range(-3, 4)}))
print(sorted({"pear", "apple", "fig"}), sorted({"b", "a"} | {"c"}))
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print({1, 2} == {2, 1}, {1} != {1.0}, {True, 1, 1.0})
