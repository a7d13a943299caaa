# assert (with message), del of names/items/attributes/slices, pass in various places
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError with no message:", repr(e), e.args)
assert True, "never"
assert [1], "non-empty list is truthy"
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), hasattr(o, "other"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
class Placeholder:
    pass
def todo():
    pass
for _ in range(2):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
print(todo(), Placeholder.__name__)
data = list(range(10))
del data[::3]
print(data)
def del_local():
    v = "temp"
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(del_local())
try:
    assert isinstance("s", int), ("tuple", "message")
except AssertionError as e:
    print("AssertionError:", e)
