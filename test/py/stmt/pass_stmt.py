def f():
    pass
class C:
    pass
for i in range(3):
    pass
print(f(), i, C.__name__)
if True:
    pass
else:
    print("no")
print("done")
