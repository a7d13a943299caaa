# Tricky scoping cases.
def f():
    global g
    def g():
        pass
    class K:
        pass
    return K
def outer():
    x = 1
    class A:
        class B:
            def m(self):
                return x
        y = [x for _ in range(2)]
        z = [[x, _] for _ in range(2) for __ in range(x)]
        f = lambda self: super()
        def n(self):
            nonlocal x
            x = 2
    return A
def shadow():
    x = 1
    def g():
        global x
        return x
    def h():
        return x
    return g, h
def genexp_nested(data):
    return (lambda: d for d in data)
def deref_del():
    v = 1
    def get():
        return v
    del v
    return get
class Top:
    a = 1
    b = [a for _ in range(1)]
    def c(self, a=a):
        return a
    @property
    def d(self):
        return self
    @d.setter
    def d(self, value):
        pass
def args_captured(*args, **kwargs):
    return lambda: (args, kwargs)
def yield_in_expr():
    x = [i for i in range(3)] if x else (yield)
    return x
def class_in_comp():
    return [type("T", (), {}) for _ in range(2)]
def star_targets(seq):
    a, *b = seq
    [c, *d] = seq
    *e, f = seq
    for g, *h in seq:
        pass
    return a, b, c, d, e, f
def try_names():
    try:
        pass
    except Exception as e:
        pass
    return e
def loops():
    for i in range(3):
        def k():
            return i
    while True:
        break
    else:
        pass
    return k
