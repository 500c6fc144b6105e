for i in range(3):
    while i:
        if i == 2:
            break
        i -= 1
    else:
        continue
    x = i
else:
    print(x)
