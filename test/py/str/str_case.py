s = "hello WORLD, it's 3pm"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("ß".upper(), "ǅ".lower(), "straße".casefold(), "İ".lower() == "i\u0307")
print("hello".istitle(), "Hello World".istitle(), "HELLO".isupper(), "hello".islower(), "123".isupper())
print("they're bill's friends".title(), "o'neil mc-donald".title())
print("éCOLE".capitalize(), "".upper(), "123abc".capitalize())
