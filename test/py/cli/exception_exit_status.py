def level3():
    raise ValueError("deep problem")
def level2():
    level3()
def level1():
    level2()
print("start")
level1()
