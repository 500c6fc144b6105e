from abc import ABC, abstractmethod, ABCMeta
import collections.abc as cabc
class Base(ABC):
    @abstractmethod
    def run(self):
        pass
    @property
    @abstractmethod
    def name(self):
        pass
class Impl(Base):
    def run(self):
        return "running"
    @property
    def name(self):
        return "impl"
i = Impl()
print(i.run(), i.name, isinstance(i, Base))
try:
    Base()
except TypeError as e:
    print("TypeError", e)
class Duck:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
    def __contains__(self, x):
        return False
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Collection))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance((x for x in []), cabc.Generator), isinstance("", cabc.Hashable))
class Registered(metaclass=ABCMeta):
    pass
Registered.register(int)
print(isinstance(5, Registered), issubclass(bool, Registered), isinstance("s", Registered))
