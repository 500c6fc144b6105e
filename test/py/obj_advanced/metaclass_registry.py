class Registry(type):
    classes = {}
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls
    def __iter__(cls):
        return iter(sorted(Registry.classes))
    def __repr__(cls):
        return f"<registered {cls.__name__}>"
    def __getitem__(cls, key):
        return Registry.classes[key]
class Command(metaclass=Registry):
    pass
class Start(Command):
    pass
class Stop(Command):
    pass
print(list(Command), Command["start"], repr(Stop))
class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("preparing", name)
        return {"injected": 42}
class UsesPrepare(metaclass=Meta2):
    pass
print(UsesPrepare.injected)
Dyn = Registry("Dyn", (Command,), {"x": 1})
print(Registry.classes["dyn"].x, type(Dyn).__name__)
