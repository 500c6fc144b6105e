class Account:
    def __init__(self):
        self.__secret = 42
        self._protected = 1
    def reveal(self):
        return self.__secret
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__secret = "sub's own"
    def both(self):
        return self.__secret, self.reveal()
s = Sub()
print(s.both())
print(sorted(vars(s)))
try:
    s.__secret
except AttributeError as e:
    print("AttributeError", e)
print(s._Account__secret, s._Sub__secret)
