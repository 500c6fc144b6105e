import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, a)
random.seed("a string seed")
print(random.randint(0, 10 ** 6))
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice(["x", "y"]))
state = r.getstate()
v1 = r.random()
r.setstate(state)
print(r.random() == v1)
random.seed(3)
print(random.choices(["a", "b", "c"], k=5), random.choices(range(3), weights=[10, 1, 1], k=6))
print(round(random.triangular(0, 10, 5), 12), round(random.expovariate(1.5), 12), round(random.betavariate(2, 3), 12))
print(round(random.normalvariate(10, 2), 12), round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 1), 12))
