print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "".partition("x"), "abc".partition("abc"))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError", e)
host, _, port = "localhost:8080".partition(":")
print(host, int(port) + 1)
