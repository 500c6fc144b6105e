import sys
sys.stdout.write("write returns count: ")
n = sys.stdout.write("12345\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
print("to stderr", file=sys.stderr)
sys.stdout.flush()
old = sys.stdout
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
print("second")
sys.stdout = old
print(cap.parts)
print("".join(cap.parts).splitlines())
