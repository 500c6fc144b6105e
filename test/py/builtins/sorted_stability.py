records = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 30, "la"), ("dave", 25, "nyc"), ("eve", 35, "sf")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_city_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print([(r[2], r[1], r[0]) for r in by_city_then_age])
print([r[0] for r in sorted(records, key=lambda r: r[1], reverse=True)])
print(sorted([3, 1, 2], key=lambda x: 0), sorted("bBaA", key=str.lower))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
print(sorted([[1, "b"], [1, "a"], [0, "z"]]), sorted(((2, 1), (1, 2)), reverse=True))
