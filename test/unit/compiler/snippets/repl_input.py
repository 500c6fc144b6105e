x = 1
x
if x:
    x + 1
def f():
    x
