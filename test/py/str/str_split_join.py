print("a b  c".split(), "a b  c".split(" "), "  lead trail  ".split())
print("a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("one two three".split(None, 1), "one two three".rsplit(None, 1), "".split(), "".split(","))
print("a::b::c".split("::"), "abc".split("abc"), "x".split("y"))
print(" a  b ".rsplit(), "a\tb\nc\r\nd".split(), "1-2-3".rsplit("-", maxsplit=1))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(3)))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(), "x\ny\n".splitlines(keepends=True))
print("".splitlines(), "no newline".splitlines(), "a\rb\x0bc\x0cd\x1ce\u2028f".splitlines())
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
