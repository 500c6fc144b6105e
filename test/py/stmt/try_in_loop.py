results = []
for raw in ["1", "x", "3", "", "5"]:
    try:
        n = int(raw)
    except ValueError:
        results.append("bad")
        continue
    else:
        results.append(n * 10)
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
def find(items, target):
    for i, it in enumerate(items):
        try:
            if it == target:
                return i
        finally:
            pass
    return -1
print(find("abc", "c"), find("abc", "z"))
