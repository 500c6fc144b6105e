tests = ["123", "12.3", "", "abc", "ABC", "aBc", "abc123", " ", "\t\n", "½", "²", "٣", "Ⅳ", "_a", "a b", "é"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print("\x00".isprintable(), "a\n".isprintable(), "class".isidentifier(), "1a".isidentifier())
