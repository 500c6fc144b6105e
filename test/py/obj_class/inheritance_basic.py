class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return Animal.speak(self) + "!"
for a in [Animal("x"), Dog("rex"), Cat("tom")]:
    print(a.speak(), a.kind(), isinstance(a, Animal), isinstance(a, Dog))
print(Dog.__bases__, Dog.__mro__)
print(issubclass(Cat, Animal), issubclass(Animal, Cat), Dog.__name__, Dog.__qualname__)
print(Dog("d").speak.__func__ is Animal.speak)
