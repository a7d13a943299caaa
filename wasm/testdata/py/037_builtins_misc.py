# Misc builtins: repr, hasattr/getattr/setattr/delattr, callable, ord/chr, hex/bin/oct, id-free identity
class Config:
    debug = False
    def __init__(self):
        self.level = 3
    def method(self):
        return "m"
c = Config()
print(hasattr(c, "level"), hasattr(c, "debug"), hasattr(c, "method"), hasattr(c, "missing"), hasattr(Config, "level"))
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"), getattr(c, "method")())
setattr(c, "level", 9)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, getattr(Config, "debug"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
for name in ["upper", "split", "nope"]:
    print(name, hasattr("s", name), callable(getattr("s", name, None)))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(len), callable(Config), callable(c), callable(c.method), callable(lambda: 0), callable("s"), callable(None))
print(ord("a"), ord("Z"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("😀"))
print(chr(65), chr(122), chr(48), repr(chr(10)), chr(955), chr(128512))
print("".join(chr(ord(ch) + 1) for ch in "HAL"))
print(hex(0), hex(16), hex(-1), hex(3735928559), bin(0), bin(255), bin(-5), oct(0), oct(64), oct(-9))
print(int(hex(12345), 16), int(bin(77), 2), int(oct(99), 8))
print(repr(1), repr("a'b"), repr([1, "2", 3.0]), repr((1,)), repr({"a": [None]}), repr(range(2)), repr(3.0))
print(repr(repr("x")), str(repr("x")), repr(str("x")))
print(ascii("ü"), ascii("plain"), ascii(["é"]))
a = [1, 2]
b = a
c2 = [1, 2]
print(a is b, a is c2, a == c2, id(a) == id(b), id(a) == id(c2))
print(len(dir(c)) > 0, "level" in dir(c), "method" in dir(Config))
print(sorted(vars(c)), vars(c))
print(isinstance(print, object), type(print).__name__, print.__name__, len.__name__)
print(abs.__doc__ is not None, max.__name__)
g = globals()
print("Config" in g, "zzz" in g, type(g).__name__)
def loc():
    x_local, y_local = 1, 2
    return sorted(locals())
print(loc())
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(format(10, "b"), format(10, "o"), format(10, "#x"), format(-10, "b"))
