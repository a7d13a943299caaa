# Booleans and None: arithmetic, repr, truthiness, identity comparisons
print(True, False, None)
print(repr(True), str(False), repr(None))
print(True + 1, True * 3, False + False, True / 2, -True)
print(True == 1, False == 0, True is True, None is None)
print(type(True), type(None), isinstance(True, int))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"))
print(bool([]), bool([0]), bool({}), bool(()), bool(None), bool(range(0)))
print(not None, not 0, not "x", not [])
print(True and 3, 0 and 3, None or "default", "" or 0 or [], 5 or 6)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or None)
x = None
if x is None:
    print("x is None")
if x is not None:
    print("unreachable")
print(True & False, True | False, True ^ True, ~True)
print(int(True), float(False), str(True) + "!", bool("False"))
print(sum([True, True, False, True]))
print([True, None, False])
print({None: 1, True: 2, False: 3})
print(max(True, False), min(True, 2))
def nothing():
    pass
print(nothing())
print(nothing() is None)
print(hash(True), hash(False))
print(True < 2, False < True)
print(None == 0, None == False, None == None)
