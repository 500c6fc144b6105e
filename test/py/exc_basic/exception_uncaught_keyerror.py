class Registry:
    def __init__(self):
        self.items = {}
    def get(self, key):
        return self.items[key]
r = Registry()
r.items["a"] = 1
print(r.get("a"))
r.get("missing key")
