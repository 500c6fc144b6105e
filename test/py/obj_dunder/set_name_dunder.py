class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Field {self.owner}.{self.name}>"
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    title = Field()
    size = Field()
m = Model()
print(Model.title, Model.size, m.title)
m.title = "hello"
print(m.title, m.size, vars(m))
