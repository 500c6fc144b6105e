import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)))
print(list(it.chain("ab", [1], (2, 3))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")])
print([(k, [w for w in g]) for k, g in it.groupby(sorted(["apple", "avocado", "bean", "beet", "corn"]), key=lambda w: w[0])])
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("abcd")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else [("a", "b", "c"), ("d", "e", "f"), ("g",)])
