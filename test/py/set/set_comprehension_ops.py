evens = {x for x in range(10) if x % 2 == 0}
threes = {x for x in range(10) if x % 3 == 0}
print(sorted(evens), sorted(threes))
print(sorted(evens & threes), sorted(evens | threes), sorted(evens - threes), sorted(evens ^ threes))
print(evens.isdisjoint({1, 3}), {0, 6} <= evens, evens.issuperset({2, 4}))
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
first_letters = {w[0] for w in words}
print(sorted(first_letters), len(first_letters))
seen = set()
unique_in_order = []
for w in ["b", "a", "b", "c", "a"]:
    if w not in seen:
        seen.add(w)
        unique_in_order.append(w)
print(unique_in_order)
print(set("abc") == frozenset("cba"), {1, 2}.union(), sorted(set().union("ab", "bc")))
print(len({(1, 2), (2, 1), (1, 2)}), {None, None}, {0, 0.0, False})
