s = "abababa"
print(s.count("aba"), s.count("a", 2), s.count("a", 2, 5), s.count("b", -3), s.count("x"))
print(s.find("ba", 2), s.rfind("ab"), s.rfind("ab", 0, 4), s.find("a", -2), s.rfind("a", -100, -1))
print(s.index("b"), s.rindex("b"), s.find(""), s.rfind(""), s.find("", 3))
print(s.replace("a", "A", 2), s.replace("aba", "X"), s.replace("", "|", 3), "".replace("", "x"))
print("AbC".lower().count("c"), "a.b.c".replace(".", "", 1), "  x  ".replace(" ", ""))
print(s.startswith("ba", 1), s.endswith("ab", 0, 6), s.startswith("a", 10), s.endswith("", 3))
