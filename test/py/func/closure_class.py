def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return f"{greeting}, {name}!"
    return Greeter
Hello = make_class("Hello")
Hi = make_class("Hi")
print(Hello().greet("ann"), Hi().greet("bob"), Hello is Hi)
def outer():
    x = "cell"
    class C:
        y = x
        def get(self):
            return x
    return C
C = outer()
print(C.y, C().get())
class K:
    v = 1
    def m(self):
        return v if False else K.v
print(K().m())
x = "global"
class Scope:
    x = "class"
    def f(self):
        return x
print(Scope().f())
