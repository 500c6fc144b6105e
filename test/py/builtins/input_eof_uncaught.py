print("reading")
value = input("prompt> ")
