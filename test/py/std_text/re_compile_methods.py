import re
word = re.compile(r"\b(\w)(\w*)\b")
text = "the quick brown fox"
print(word.sub(lambda m: m.group(1).upper() + m.group(2), text))
print(word.findall(text)[:2], word.search(text, 4).group(), word.match(text).span())
print(bool(re.compile("^$").match("")), re.compile(r"\d").split("a1b2c"), re.compile("a|b").subn("-", "abc"))
emails = ["a@b.com", "bad@", "x.y@z.org"]
valid = re.compile(r"^[\w.]+@\w+\.\w+$")
print([e for e in emails if valid.match(e)])
m = re.search(r"(\d+)-(\d+)", "range 10-20 end")
print(m.expand(r"\2..\1"), m.string, m.re.pattern, m.pos, m.endpos)
tokens = re.findall(r"\d+\.\d+|\d+|[-+*/()]", "3.5*(2+10)/4")
print(tokens)
print(re.sub(r"^\s+|\s+$", "", "  trim me  "), re.sub(r"(?m)^", "# ", "a\nb"))
