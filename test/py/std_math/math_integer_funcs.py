import math
print([math.isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 30]])
print(math.gcd(), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(), math.lcm(3, 4, 5), math.gcd(2 ** 64, 2 ** 40 * 3))
print(math.comb(52, 5), math.comb(100, 50), math.perm(10), math.perm(10, 0), math.factorial(25))
print(math.prod(range(1, 11)), math.prod([]), math.prod([1.5, 2]), math.fsum([1e100, 1.0, -1e100]))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.copysign(3, -0.0), math.ceil(-0.5))
print(math.floor(10 ** 20 + 0.5) if False else math.floor(1e20), math.ceil(2 ** 60 + 0.0), math.trunc(1e15 + 0.5))
