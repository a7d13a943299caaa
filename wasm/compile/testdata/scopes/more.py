# More scoping: class-level global/del/except, module-level walrus in
# nested comprehensions, lambdas in class bodies, nonlocal with del.
import threading
from threading import Lock as L
counter = 0
class Shared:
    global counter
    counter = 1
    tmp = 2
    del tmp
    try:
        pass
    except Exception as exc:
        pass
    key = lambda self, item: item.name
    lock = L()
    items = {k: v for k, v in zip("ab", range(2))}
try:
    raise ValueError
except ValueError as err:
    message = str(err)
found = [[(last := y) for y in range(x)] for x in range(3)]
def worker(n):
    total = 0
    def add(k):
        nonlocal total
        total += k
    for i in range(n):
        add(i)
    with lock_for(n) as lk:
        del lk
    return total
def lock_for(n):
    return threading.Lock()
def gen_with_send():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
class Outer:
    class Inner:
        def method(self):
            return Outer, Inner
    def m(self):
        return self.Inner
def deco_factory(tag):
    def deco(fn):
        def wrapper(*args, **kwargs):
            print(tag)
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@deco_factory("x")
def decorated(a, *, b=1):
    return a + b
def uses_class_cell():
    class A:
        def f(self):
            return super().f()
    class B(A):
        def f(self):
            return __class__
    return A, B
