from itertools import islice, chain, groupby, count, accumulate, product, starmap, zip_longest
def take(n, iterable):
    return list(islice(iterable, n))
def flatten(list_of_lists):
    return list(chain.from_iterable(list_of_lists))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return list(zip_longest(*args, fillvalue=fillvalue))
def run_length(s):
    return [(k, len(list(g))) for k, g in groupby(s)]
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()), flatten([[1, 2], [3], []]), grouper("abcdefg", 3, "x"))
print(run_length("aaabbbcccd"), list(accumulate(range(1, 6), lambda a, b: a * b)))
print(sum(starmap(lambda a, b: a * b, product(range(3), repeat=2))), take(3, (x * x for x in count(5))))
