class Foo:
    pass
f = Foo()
print("has bar?", hasattr(f, "bar"))
f.bar
