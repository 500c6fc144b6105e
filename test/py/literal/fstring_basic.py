name, n = "world", 42
print(f"hello {name}!", f'{n}', F"{n + 1}", f"{{literal}} {n}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{3.14159:.2f} {1234567:,} {0.25:%} {255:x} {255:#o} {5:b}")
print(f"{name:>10}|{name:*^11}|{name:.3}")
width, prec = 8, 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{n=}", f"{n * 2 = }", f"{name=!s}", f"{3.5=:.2f}")
items = {"k": [1, 2]}
print(f"{items['k'][1]} {len(items)} {[x * 2 for x in range(3)]}")
print(f"{'nested ' + f'{n}'}", f"{n if n > 40 else 0}")
print(f"{(lambda x: x * 3)(2)}", f"{ {'a': 1}['a'] }")
print(f"""triple {name}
second line {n}""")
print(rf"\n{n}", fr"{name}\t")
