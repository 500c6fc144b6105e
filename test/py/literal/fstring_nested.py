items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in items:
    print(f"{name:<8}|{price:>6.2f}|{qty:>4d}|{price * qty:>8.2f}")
w = 10
print(f"{'centered':^{w}}|", f"{3.14159:.{w // 5}f}", f"{'x' * 3:>{w - 5}}")
d = {"a": {"b": [10, 20]}}
print(f"{d['a']['b'][-1]}", f"{len(d)=}", f"{d['a']!r}")
print(f"{f'{w}':>4}", f"{[f'{i:02}' for i in range(3)]}")
print(f"{'{'}{'}'}", f"{{{w}}}", f"{w:{'>'}{5}}")
print(f"{x:3d}" if (x := 7) else "", f"{(lambda: 'lam')()}")
name = "Ada"
print(f"{name.upper()!r}", f"{name[::-1]}", f"{name:*<6}", f"{','.join(['a', 'b'])}")
