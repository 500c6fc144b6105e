x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0b11110; print(x)
x ^= 0xff; print(x)
f = 7.0
f /= 2; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
