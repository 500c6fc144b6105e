from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()}: {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def name(self):
        return "square"
print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError", e)
print(isinstance(Sq(1), Shape), issubclass(Sq, ABC), sorted(Shape.__abstractmethods__))
