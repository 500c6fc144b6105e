s = "naïve café 中文 😀"
print(len(s), s.upper(), s[6], s[-1], s[11:13])
print([ord(c) for c in "é中😀"], "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print("ΑΒΓ".lower(), "ǆ".title(), "ﬃ".upper(), "ŉ".upper(), len("ﬃ".upper()))
print(sorted(["é", "e", "f", "E"]), max("aé"), "é" > "z")
print("中文".center(6, "*"), "😀".ljust(3, "-"), repr("😀"), ascii("😀"))
print("İstanbul".lower(), len("İstanbul".lower()), "ΣΑΣ".lower())
print(str(s.isalpha()), "١٢".isdigit(), int("١٢"), "Ⅻ".isnumeric(), "x²".isalnum())
