a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xff, -16 >> 2, -1 >> 10, 1 << 100)
print(-5 & 3, -5 | 3, -5 ^ 3, ~0, ~-1)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(1 << 64 >> 63, (1 << 200) & ((1 << 199) | 1))
print(0xF0 | 0x0F == 0xFF, 6 & 3 == 2)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
