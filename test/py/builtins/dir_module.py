import mod_helper
print(dir(mod_helper))
print([n for n in dir(mod_helper) if not n.startswith("_")])
print(sorted(k for k in vars(mod_helper) if not k.startswith("__")))
