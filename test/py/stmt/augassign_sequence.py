s = "ab"
s *= 3
s += "!"
print(s)
t = (1,)
t *= 3
t += (2,)
print(t)
l = [1]
l *= 2
l += "xy"
print(l)
b = b"ab"
b += b"c"
b *= 2
print(b)
n = 2
n **= 10
n //= 3
n %= 100
print(n)
f = 1.0
f += 1
f /= 4
f **= 2
print(f)
x = 0b1010
x &= 0b0110
x |= 0b1000
x ^= 0b0001
x <<= 2
x >>= 1
print(bin(x))
