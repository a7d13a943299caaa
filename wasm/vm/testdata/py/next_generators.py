# next() on generators: StopIteration carries the return value.
def gen():
    yield 1
    return 99
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e))
def empty():
    return
    yield
print(next(empty(), "none"), list(empty()))
