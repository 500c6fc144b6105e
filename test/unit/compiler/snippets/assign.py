a = b = c = 1
x, y = y, x
first, *rest = [1, 2, 3]
*init, last = 1, 2, 3
p, (q, r), [s, *t] = 1, (2, 3), [4, 5, 6]
obj.attr = value
obj.attr.sub = 1
d[k] = v
d[i:j] = seq
d[i:j:k] = seq
d[1, 2] = 3
x += 1
obj.n -= 2
d[k] *= 3
d[f()] **= 2
a //= b; a %= b; a @= b; a &= b; a |= b; a ^= b; a <<= b; a >>= b; a /= b
del a, obj.attr, d[k], (e, f), [g]
(n := 10)
