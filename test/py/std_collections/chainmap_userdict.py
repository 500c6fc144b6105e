from collections import ChainMap, UserDict, UserList
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), dict(cm))
cm["new"] = 1
print(user, cm.maps[1] is defaults)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"])
class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
print(u, u.data, "A" in u)
class Limited(UserList):
    def append(self, x):
        if len(self) >= 2:
            raise OverflowError("full")
        super().append(x)
l = Limited()
l.append(1); l.append(2)
try:
    l.append(3)
except OverflowError as e:
    print("OverflowError", e, l)
