x = 3
print(f"{x}", F"{x}", rf"\{x}", Rf"\{x}", fR"\{x}", FR"\{x}", rF"\{x}")
print(b"B", B"B", rb"\B", Rb"\B", bR"\B", BR"\B", rB"\B")
print(u"unicode prefix", U"also", u"é" == "é")
print(r"\\", r"\"", r"a\
b")
print(f"{'quotes'}" f'{"other"}', f"{x!r:>4}")
