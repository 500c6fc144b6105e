print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(1, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), repr("\t".expandtabs(2)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
