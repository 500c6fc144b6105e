x = 3.5
y = x - 3.5
print("dividing", x, "by", y)
print(x / y)
