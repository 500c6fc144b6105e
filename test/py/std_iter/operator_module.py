import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 2), op.pow(2, 5), op.neg(3))
print(op.eq(1, 1), op.lt(1, 2), op.not_(0), op.truth([]), op.contains([1, 2], 2), op.is_(None, None), op.and_(6, 3), op.xor(6, 3))
print(op.itemgetter(1)([10, 20, 30]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(5), op.attrgetter("__class__.__name__")(1.0))
print(op.methodcaller("upper")("x"), op.methodcaller("split", ",")("a,b"), op.index(5), op.concat([1], [2]))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=op.itemgetter(1)), max(pairs, key=op.itemgetter(0)))
d = {"x": 1}
op.setitem(d, "y", 2); op.delitem(d, "x")
print(d, op.getitem(d, "y"), op.length_hint([1, 2, 3]))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat("a", "b"))
