import copy
orig = {"list": [1, [2, 3]], "tuple": (1, [4]), "n": 5}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(5)
print(shallow["list"], deep["list"], shallow["tuple"], deep["tuple"])
print(shallow is orig, shallow["list"] is orig["list"], deep["list"] is orig["list"])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
root = Node(1)
root.children.append(Node(2))
root.children.append(root)
clone = copy.deepcopy(root)
print(clone.v, clone.children[0].v, clone.children[1] is clone, clone is not root)
class Custom:
    def __init__(self):
        self.data = [1]
    def __copy__(self):
        c = Custom()
        c.data = ["copied"]
        return c
print(copy.copy(Custom()).data, copy.deepcopy(Custom()).data)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy([t])[0] is t)
