s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a", 1), s.replace("", "-")[:12], s.replace("zz", "y"))
print(s.find("at"), s.find("at", 6), s.find("at", 6, 8), s.find("dog"), s.rfind("at"), s.rfind("the"))
print(s.index("sat"), s.rindex("t"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError", e)
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("mat"), s.endswith(("x", "at")), s.startswith(("a", "t")))
print("".find(""), "abc".find("", 10), "abc".find("c", -1), "abc".count("", 1, 2))
print("abc".startswith(""), "abc".endswith("bc", 0, 2), "abc".endswith("ab", 0, 2))
