print("%s and %s" % ("a", "b"), "%d%%" % 50, "%r" % "q", "%s" % [1, 2], "%s" % (1,))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%i %d %u" % (1, -2, 3), "%x %X %#x %#o %o" % (255, 255, 255, 8, 8))
print("%f %.3f %e %g %G" % (1.5, 2 / 3, 12345.678, 0.00001, 1e20))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%c%c" % (65, "b"), "%05.1f" % 3.14159, "%+d %+d" % (5, -5), "% d" % 5)
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % None, "%s %s" % (True, 1.0), "%a" % "é")
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        bad[0] % bad[1]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
