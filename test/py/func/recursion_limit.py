import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))
def recurse_count(n):
    try:
        return recurse_count(n + 1)
    except RecursionError:
        return n
print(recurse_count(0) > 100)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("again:", e)
print("still alive")
