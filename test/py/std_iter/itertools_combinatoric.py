import itertools as it
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.combinations([], 0)), list(it.combinations([1], 2)))
print(["".join(p) for p in it.product("01", repeat=3)])
