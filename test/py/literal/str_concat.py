print("abc" "def", 'x' "y" '''z''')
s = ("first line "
     "second line "
     'third')
print(s)
print(r"\n" "\n" "end", repr(r"\t" "\t"))
print(b"ab" b"cd", rb"\x" b"\x41")
name = "n"
print("plain " f"{name}" " and" f" {name * 2}")
print(len("a" "b" "c"), "a" "b" == "ab")
