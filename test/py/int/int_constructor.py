print(int(), int(42), int(-3.9), int(3.9), int(True), int("  12  "), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("z", 36), int("1_000"), int("101", 2), int("+5"))
print(int(1e18), int(-0.5), int("123456789012345678901234567890"))
class HasInt:
    def __int__(self):
        return 7
class HasIndex:
    def __index__(self):
        return 8
print(int(HasInt()), int(HasIndex()))
for bad in ["", "1.5", "abc", "0x10", "1 2", "--1", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError", e)
