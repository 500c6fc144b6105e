class CustomFatal(Exception):
    pass
print("custom exception escapes")
raise CustomFatal("with a message")
