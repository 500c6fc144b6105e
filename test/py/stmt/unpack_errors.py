def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def not_iterable():
    a, b = 1
def starred_short():
    a, *b, c = [1]
def short_str():
    a, b = "x"
for f in (too_many, too_few, not_iterable, starred_short, short_str):
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
