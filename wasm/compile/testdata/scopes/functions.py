# Function scopes: parameters captured by closures, defaults, global and
# nonlocal, lambdas, generators, comprehensions.
g = 0
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    def inner():
        return a + d + kw["x"]
    return inner
def gen(n):
    for i in range(n):
        yield i
    yield from range(3)
    return n
def gl():
    global g
    g += 1
    def h():
        return g
    return h
def nl():
    x = 0
    def inc():
        nonlocal x
        x += 1
        def deeper():
            nonlocal x
            x *= 2
            return x
        return deeper
    return inc
def lambdas():
    fs = [lambda y, i=i: y * i for i in range(3)]
    k = lambda: (yield)
    return fs, k, lambda *a, **k: (a, k)
def comps(data):
    a = [x * y for x in data for y in data if x if y]
    b = {x: y for x, y in data}
    c = {x for x in data}
    d = (x for x in data)
    e = [[x + y for y in data] for x in data]
    f = [lambda: x for x in data]
    return a, b, c, d, e, f
def walrus(data):
    if (n := len(data)) > 1:
        pass
    ys = [last := x for x in data]
    zs = [[(w := x) for x in data] for _ in data]
    return n, ys, last, zs, w
ms = [(t := x) for x in range(3)]
def unbound():
    print(q)
    q = 1
def dels(a):
    del a
    b = 1
    del b
    def c():
        return b
def excepts():
    try:
        pass
    except ValueError as err:
        return err
    except (TypeError, KeyError) as err2:
        def h():
            return err2
        return h
def withs(m):
    with m as (a, b), m as c.d:
        pass
    for i, (j, *k) in m:
        pass
def imports():
    import os.path
    import os.path as p
    from os import sep as s, getcwd
    return os, p, s, getcwd
def annotated():
    x: int
    y: int = 1
    return y
def nested_gen():
    def g():
        x = yield 1
        y = yield
        return x, y
    return g
class K:
    def __init__(self):
        self.v = [self for _ in range(2)]
def kwonly(*, a, b=2):
    return a, b
async_like = None
