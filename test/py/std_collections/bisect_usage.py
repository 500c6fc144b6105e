import bisect
a = [1, 3, 3, 5, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 10))
bisect.insort(a, 4); bisect.insort_left(a, 3); bisect.insort_right(a, 8)
print(a)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [("a", 1), ("b", 4), ("c", 9)]
print(bisect.bisect_left(records, 4, key=lambda r: r[1]), bisect.bisect(a, 3, lo=0, hi=2))
