name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year:", age + 1)
nums = list(map(int, input().split()))
print(sum(nums), nums)
rest = input()
print(repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError", e)
