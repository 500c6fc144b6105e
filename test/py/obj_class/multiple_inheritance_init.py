class Loggable:
    def __init__(self, **kw):
        self.log = []
        super().__init__(**kw)
    def record(self, msg):
        self.log.append(msg)
class Named:
    def __init__(self, name="?", **kw):
        self.name = name
        super().__init__(**kw)
class Widget(Loggable, Named):
    def __init__(self, name, size):
        super().__init__(name=name)
        self.size = size
        self.record(f"created {name}")
w = Widget("button", 3)
print(w.name, w.size, w.log, [c.__name__ for c in Widget.__mro__])
print(isinstance(w, Loggable), isinstance(w, Named))
