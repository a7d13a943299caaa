# printf-style % formatting: %d %i %s %r %f %e %g %x %o %c %%, widths, flags, dict mapping, tuples
print("%d" % 42, "%i" % -7, "%s" % "str", "%r" % "str", "%%")
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%5.2f|%-8.3f|%08.2f|%.0f|%f" % (3.14159, 2.71828, -1.5, 2.5, 1 / 3))
print("%e|%.2e|%E|%g|%g|%G" % (12345.678, 0.000123, 1e10, 0.0001, 1e-5, 1e20))
print("%x|%X|%#x|%o|%#o|%08x" % (255, 255, 255, 8, 8, 3054))
print("%c%c%c" % (72, "i", 33))
print("%s and %s" % ("one", "two"))
print("%-5s|%5s|%.2s" % ("ab", "cd", "efgh"))
print("%s" % [1, 2], "%s" % (None,), "%r" % ((1, 2),), "%s" % {"a": 1})
print("%(name)s is %(age)d years" % {"name": "Bo", "age": 7})
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 3, 3.14159))
print("%d%%" % 50, "100%%" % ())
print("%s" % True, "%d" % True, "%d" % 3.99, "%s" % 3.0, "%r" % 1e16)
print("%10.3s|" % "abcdef", "%-10r|" % "x")
print("%i items at $%.2f = $%8.2f" % (3, 1.1, 3 * 1.1))
print("%x" % -255, "%o" % -8, "%d" % (2**70), "%x" % (2**64))
print("%s %s" % ("a", ("b", "c")))
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for r in rows:
    print("%-8s%5d%10.2f" % r)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(missing)s" % {"other": 1})
except KeyError as e:
    print("KeyError:", e)
print("%.3g|%.3g|%.3g|%g" % (1234567, 0.00012345, 123.456, 100000))
print("%+.2e|% .3f|%-+8.1f|" % (-1.5, 2.0, 3.25))
print("%c" % 0x263A, "%5c|" % "z", "%s" % "ünï")
print("pct: %5.1f%%" % 99.44)
