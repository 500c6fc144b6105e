s = "abc"
print(s * 3, s + s, s * 0 == "", "-" * 10)
print("b" in s, "bc" in s, "ac" in s, "" in s)
print(s[::-1], s[-1::-1], s[1::-1], s[:1:-1])
print(s < "abd", s > "ab", s == "ab" + "c", s != "ABC", s.upper() < s)
print(len(s * 1000), (s * 1000).count("ca"))
t = ""
for ch in reversed(s):
    t += ch.upper()
print(t)
print(ord(s[0]) + 1, chr(ord(s[0]) + 1), [s[i:i + 2] for i in range(len(s) - 1)])
print(str(123)[::-1], int(str(123)[::-1]) + 1, "%s|%s" % (s, s[::-1]))
