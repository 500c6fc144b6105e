import sys
first = input()
print("first:", first)
for line in sys.stdin:
    print("line:", line.rstrip("\n"))
print("done")
