import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2.5), 4)), list(it.islice(it.count(5, -1), 3)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(it.islice(it.repeat(0), 2)))
print(list(it.islice(range(100), 10, 20, 3)), list(it.islice("abcdef", 2, None)), list(it.islice("abc", 0)))
print(list(zip(it.count(1), "xyz")), list(map(pow, range(4), it.repeat(2))))
