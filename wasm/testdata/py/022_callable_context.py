# __call__ objects and context managers: __enter__/__exit__, multiple items, suppression, ordering
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x + self.n
add5 = Adder(5)
print(add5(1), add5(10), add5.calls, callable(add5), list(map(add5, [0, 1])))
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as r:
    print("inside with", r)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
with Resource("quiet", suppress=True):
    print("about to fail")
    raise ValueError("swallowed")
    print("never printed")
print("after suppressed block")
try:
    with Resource("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught outside:", repr(e))
try:
    with Resource("first", suppress=False), Resource("second", suppress=True):
        1 / 0
    print("second suppressed it")
except ZeroDivisionError:
    print("not reached")
def early_return():
    with Resource("ret"):
        return "returned value"
print(early_return())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
class Timer:
    def __enter__(self):
        self.log = ["start"]
        return self
    def __exit__(self, *args):
        self.log.append("stop")
        return False
with Timer() as t:
    t.log.append("work")
print(t.log)
class Opener:
    opened = []
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        Opener.opened.append(self.n)
        return self
    def __exit__(self, et, ev, tb):
        Opener.opened.remove(self.n)
        print("closed", self.n, "remaining", Opener.opened)
with Opener(1), Opener(2), Opener(3):
    print("open:", Opener.opened)
try:
    with Resource("badexit") as val:
        val.nonexistent_method()
except AttributeError as e:
    print("AttributeError:", e)
