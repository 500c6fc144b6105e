import re
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "date: 2024-03-15!")
print(m.group("year"), m["month"], m.groupdict(), m.lastgroup, m.lastindex)
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall("a.c", "a\nc abc", re.S))
pat = re.compile(r"""
    (\d+)     # number
    \s*
    ([a-z]+)  # unit
""", re.X | re.I)
print(pat.findall("10 kg, 5M, 3 Km"), pat.pattern.count("\n"), bool(pat.flags & re.I))
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("none"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.match(r"(?:ab)+", "ababx").group())
print(re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"a+?", "aaa"), re.findall(r"a{2,3}", "aaaaaaa"))
print(re.search(r"(?<=\$)\d+", "cost $42").group(), re.search(r"\d+(?!px)", "12px 34em").group(), re.findall(r"(\w)\1", "aabbcd"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error", e)
