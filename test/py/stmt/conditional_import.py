if True:
    import mod_cond as m
else:
    import nothing_here
print(m.VALUE)
def lazy():
    import mod_cond
    return mod_cond.VALUE * 2
print(lazy())
try:
    import definitely_missing_module_xyz
except ImportError:
    definitely_missing_module_xyz = None
print(definitely_missing_module_xyz)
