def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    "Docstring."
    return a
@decorator
@factory(1)
def g():
    pass
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
def uses_global():
    global total
    total = total + 1
def gen(n):
    x = yield n
    yield from range(x)
square = lambda x: x * x
def captured(p):
    return lambda: p
