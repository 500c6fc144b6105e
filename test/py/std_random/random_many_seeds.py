import random
out = []
for seed in [0, 1, 2, 7, 42, 123456789, 2**32, 2**32 - 1, 2**64 + 5, -17, 10**30, 3.5, "abc", b"xyz", "", bytearray(b"q"), "ünï"]:
    r = random.Random(seed)
    out.append((seed, r.random(), r.getrandbits(7), r.getrandbits(33), r.getrandbits(64), r.getrandbits(200)))
    out.append([r.randrange(10**12) for _ in range(3)] + [r.randrange(3, 100, 7), r.randrange(100, 3, -7), r.randint(-5, 5)])
    out.append([r.choice("abcdefghij") for _ in range(10)])
    l = list(range(30)); r.shuffle(l); out.append(l)
    out.append(r.sample(range(1000), 30) + r.sample(range(40), 10) + r.sample("abcdefgh", 8))
    out.append(r.sample(["a", "b"], counts=[3, 4], k=5))
    out.append(r.choices(range(10), k=5) + r.choices("abc", weights=[1, 2, 3], k=5) + r.choices("abc", cum_weights=[1, 2, 10], k=5))
    out.append([r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 2), r.gauss(), r.gauss(5, 2), r.gauss(), r.normalvariate(), r.lognormvariate(0, 1), r.expovariate(3)])
    out.append([r.vonmisesvariate(1, 0), r.vonmisesvariate(1, 4), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 2), r.betavariate(0.5, 0.5), r.paretovariate(2), r.weibullvariate(1, 3)])
    out.append(r.randbytes(9))
    s = r.getstate(); a = r.random(); r.setstate(s); out.append(a == r.random())
    r.seed(seed, version=1) if isinstance(seed, (str, bytes)) else None
    out.append(r.random())
for item in out:
    print(item)
random.seed(99)
print(random.random(), random.randrange(5))
class MyR(random.Random):
    def random(self):
        return 0.37
m = MyR(); print(m.randrange(10), m.choice("abc"), m._randbelow.__name__)
try:
    random.choice([])
except IndexError as e:
    print(e)
for args in [(0,), (5, 5), (1, 10, 0), (10, 1)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print(e)
try:
    random.sample([1], 2)
except ValueError as e:
    print(e)
