import itertools as it
c = it.count(5)
print(type(c), c, next(c), c, it.count(1, 2), it.count(2.5), it.repeat('a', 3), it.repeat(1))
print(type(it.chain()), type(it.islice([], 1)), type(it.groupby([])), type(it.product()))
for args in [(), ([], -1), ([], 'x'), ([], 1, 2, 0), ([], -1, 3), ([], 1, 2, 3, 4)]:
    try:
        it.islice(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
src = iter(range(10))
print(list(it.islice(src, 2, 5)), next(src))
groups = it.groupby("aabbbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in groups])
pairs = [(k, g) for k, g in it.groupby([1, 1, 2, 3, 3])]
print([(k, list(g)) for k, g in pairs])
a, b, c2 = it.tee(iter([1, 2, 3]), 3)
print(next(a), list(b), list(a), list(c2), it.tee([], 0))
print(list(it.accumulate([])), list(it.accumulate([], initial=5)), list(it.accumulate("abc")))
print(list(it.zip_longest()), list(it.zip_longest([1, 2], [3], [4, 5, 6])), list(it.pairwise([1])))
print(list(it.permutations(range(3), 4)), list(it.permutations([])), list(it.product([1, 2], [])), list(it.product()))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("abc", 0)))
print(list(it.starmap(lambda *a: sum(a), [(1, 2, 3), (), (4,)])), list(it.compress("abc", [0, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'x', None])), list(it.takewhile(bool, [1, 1, 0, 1])))
r = it.repeat(7, 2)
print(r.__length_hint__(), list(r), list(r))
cy = it.cycle([])
print(list(cy))
x = it.count()
print(x is iter(x), [next(x) for _ in range(3)])
try:
    it.permutations([1], -1)
except ValueError as e:
    print("ValueError", e)
try:
    it.product([1], repeat=-1)
except ValueError as e:
    print("ValueError", e)
