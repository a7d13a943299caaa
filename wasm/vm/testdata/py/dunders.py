# Special methods of classes defined by the program, as the generic operations call them.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, -a, abs(V(3, 4)))
print(sum([a, b]), sum([a, b], V(0, 0)))
print(a == V(1, 2), a != V(1, 2), a == 5, a != 5)
print(sorted([b, a, V(0, 9)]), min(b, a), max([a, b]))
print(bool(V(0, 0)), bool(a), not V(0, 0))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
try:
    a > 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a * "x" * []
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
acc = Acc()
acc += 1
acc += 2
acc += 3
print(len(acc), acc[0], acc[-1], acc[1:], 2 in acc, 9 in acc, bool(acc), bool(Acc()))
acc[0] = 10
del acc[1]
print(acc.items, list(acc), [x * 2 for x in acc], list(reversed(acc)))
try:
    acc[10]
except IndexError as e:
    print("IndexError:", e)

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % (self.k,)
d = {Key(1): "one", Key("a"): "A"}
print(d[Key(1)], Key("a") in d, Key(2) in d, {Key(1), Key(1), Key(2)} == {Key(2), Key(1)})
print(d)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)), max(Countdown(4)), list(zip(Countdown(2), "ab")))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())

class Idx:
    def __index__(self):
        return 2
print([1, 2, 3, 4][Idx()], "abcd"[Idx()], [1, 2, 3, 4][Idx():], bin(Idx()), range(Idx()))

class Base:
    def __eq__(self, o):
        return "Base.__eq__"
class Derived(Base):
    def __eq__(self, o):
        return "Derived.__eq__"
print(Base() == Derived(), Derived() == Base(), Base() == 1, 1 == Base())

class R:
    def __radd__(self, o):
        return "R.__radd__"
    def __rsub__(self, o):
        return NotImplemented
print(1 + R(), [] + R(), "x" + R())
try:
    1 - R()
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p), len({p, q, p}))
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p[0]
except TypeError as e:
    print("TypeError:", e)
try:
    p[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    -p
except TypeError as e:
    print("TypeError:", e)
try:
    1 in p
except TypeError as e:
    print("TypeError:", e)
print(repr(p).startswith("<__main__.Plain object at 0x"), str(p) == repr(p))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
