class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("rex"), Dog("fido")
a.add_trick("roll")
b.add_trick("sit")
b.add_trick("beg")
print(a.name, a.tricks, b.name, b.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "changed"
print(a.species, b.species)
print(isinstance(a, Dog), type(a) is type(b), a is not b)
