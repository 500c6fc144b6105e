import sys
print()
print("a", "b", "c")
print("a", "b", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" continued", end="!\n")
print(1, 2.5, None, True, [1], (2,), {3: 4}, sep=" | ")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ", end=".\n")
print("x", sep=None, end=None)
print("multi\nline")
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"), end="\n")
class Custom:
    def __str__(self):
        return "custom str"
print(Custom())
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
