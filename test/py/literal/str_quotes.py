print('single', "double", 'it\'s', "say \"hi\"", "it's", 'a "q"')
print('''triple single''', """triple double""")
print("""line1
line2
  indented""")
print('''has 'single' and "double" quotes''')
print(repr('it\'s'), repr("x\"y"), repr('both \' and "'))
print(repr("""multi
line"""))
print(len(""), len(''), len(""""""))
