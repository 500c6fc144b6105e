s = "héllo wörld"
print([c for c in s if c in "aeiouéö"])
print(list(reversed("abc")), "".join(reversed("stressed")))
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "A", "a", "B"], key=str.lower))
print("a" < "B", "B" < "a", "é" > "z", "10" < "9", "abc" < "abcd")
print(max(["aa", "b", "ab"]), min("zyx"), "abc" * 2 > "abcabb")
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(set(words)), max(words, key=len))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
