def outer(v):
    class C(Base):
        "doc"
        a = v
        def m(self, x=1):
            return super().m(x) + self.__y
    return C
