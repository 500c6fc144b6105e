for i in range(3):
    print(i)
else:
    print("completed")
for i in [1, 2, 3, 4]:
    if i == 3:
        print("found 3")
        break
else:
    print("not found")
for c in "":
    print("never")
else:
    print("empty else")
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            break
    else:
        return None
    return x
print(first_even([1, 3, 4, 5]), first_even([1, 3]))
for i in range(2):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print("inner else")
