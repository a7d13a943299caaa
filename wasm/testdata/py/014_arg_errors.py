# Argument errors: TypeError messages for wrong call signatures
def f(x):
    return x
def g(a, b):
    return a + b
def h(a, b=1, *, c):
    return a
def k(a, /, b):
    return a
def two_missing(x, y, z=0):
    return x
lam = lambda: 1
class C:
    def method(self, v):
        return v
calls = [
    lambda: f(),
    lambda: g(1, 2, 3),
    lambda: g(1),
    lambda: two_missing(),
    lambda: f(1, x=2),
    lambda: f(y=1),
    lambda: h(1),
    lambda: h(1, 2, 3, c=4),
    lambda: k(a=1, b=2),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: f(1, 2),
    lambda: g(),
    lambda: int("12", 99),
    lambda: "abc".split(1),
    lambda: lam(5),
    lambda: f(**{"x": 1, "zz": 2}),
    lambda: g(*[1, 2, 3, 4]),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
nothing, five, text = None, 5, "str"
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    five(3)
except TypeError as e:
    print("TypeError:", e)
try:
    text()
except TypeError as e:
    print("TypeError:", e)
