# Attribute lookup: instance vs class attributes, __getattr__ proxies, lazy attributes, __setattr__/__delattr__ that refuse changes
class Defaults:
    color = "red"
    size = 10
    def grow(self):
        self.size = self.size * 2
d1, d2 = Defaults(), Defaults()
d1.grow()
d1.color = "blue"
print(d1.color, d1.size, d2.color, d2.size, Defaults.size, sorted(vars(d1)), vars(d2))
Defaults.size = 1
print(d1.size, d2.size)
class Proxy:
    def __init__(self, target):
        self._target = target
        self._calls = 0
    def __getattr__(self, name):
        self._calls += 1
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.append(0)
px.sort()
print(px._target, px._calls, px.count(1), px._calls)
class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print("computed", name)
        return value
lz = Lazy()
print(lz.hello, lz.hello, lz.hi)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen is immutable")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
fz = Frozen(7)
for action in (lambda: setattr(fz, "v", 8), lambda: delattr(fz, "v")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(fz.v)
