print("abc" < "abd", "abc" == "abc", "a" in "cat", "abc".__len__())
print(str(123), str(1.5), str(None), str([1, "a"]), str(b"x"), str())
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), ascii("héllo"), ascii("\u1234"))
print(ord("a"), chr(97), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600")
print("%s" % "x".join("123"), "Mississippi".count("ss"), "abc".index("c"))
print(sorted("banana"), "".join(sorted("banana")), max("hello"), min("hello"))
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abcab".translate(str.maketrans("ab", "xy")))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "a-b_c".translate(str.maketrans("-_", "  ")))
print("tic tac".replace(" ", ""), "x".join(["1"]), hash("") == 0)
s = "immutable"
t = s
s += "!"
print(s, t)
