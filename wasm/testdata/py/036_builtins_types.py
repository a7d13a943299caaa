# Type builtins: int/float/str/bool/list/tuple/dict/set/frozenset constructors, type(), isinstance, issubclass
print(type(1), type(1.0), type("s"), type(True), type(None), type([]), type(()), type({}), type(set()))
print(type(frozenset()), type(range(1)), type(len), type(type), type(slice(1)), type(int))
class Foo:
    pass
class Bar(Foo):
    pass
print(type(Foo()), type(Bar()), type(Foo), Foo, Bar)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", (list, tuple)), isinstance([], (list, tuple)), isinstance(Bar(), Foo), isinstance(Foo(), Bar))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(Foo, type), isinstance(3, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Bar, Foo), issubclass(Bar, (str, Foo)), issubclass(Foo, object))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset())
print(int("101", 2), int(-2.9), int("  7"), float("-inf"), float(" 2.5 "), float(3))
print(str(1), str(1.0), str(True), str([1, "x"]), str(("a",)), str({"k": None}))
print(bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool(Foo()))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({"k": 1}.values()))
print(tuple([1, 2]), tuple("ab"), dict([("a", 1)]), dict(a=1), dict({"b": 2}, c=3))
print(sorted(set([3, 3, 1])), sorted(frozenset("aab")), set() == frozenset())
print(type(1 + 1.0), type(1 // 1), type(1 / 1), type(True + True), type("a" * 2), type([] + []))
print(type(2**100), type(-1), type(1e300 * 10), type(3 % 2.0))
print(int.__name__, str.__name__, type(None).__name__, Foo.__name__, type(Foo()).__name__)
print(type(Foo()) == Foo, type(Bar()) == Foo, type(1) == int, type(True) == int)
print(type("x")("abc"), type(5)("12"), type([])("xy"))
Dyn = type("Dyn", (Foo,), {"value": 10, "get": lambda self: self.value * 2})
dy = Dyn()
print(Dyn.__name__, dy.get(), isinstance(dy, Foo), type(dy))
for bad in ["12.5", "abc", "", "1e5", "0x10"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "1.2.3", ""]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
print(repr(int("0")), repr(float("0")), repr(str(0)), repr(list("")), repr(tuple([()])))
