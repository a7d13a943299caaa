# Attribute access: properties, descriptors, class and static methods, __getattr__.
class Temp:
    unit = "C"
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        del self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        return cls(0)
    @staticmethod
    def describe(x):
        return f"{x} degrees"
t = Temp(20)
print(t.c, t.f, t.unit, Temp.unit, Temp.freezing().c, t.freezing().c, Temp.describe(5), t.describe(6))
t.c = 25
print(t.c, t.__dict__)
try:
    t.f = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
del t.c
try:
    t.c
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.f
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Temp.nothing
except AttributeError as e:
    print("AttributeError:", e)
t.unit = "F"
print(t.unit, Temp.unit, getattr(t, "unit"), getattr(t, "zz", None), hasattr(t, "c"), hasattr(t, "_c"))
setattr(t, "extra", 1)
print(t.extra, vars(t))
delattr(t, "extra")
print(hasattr(t, "extra"))
print(type(Temp.__dict__["freezing"]).__name__, type(Temp.c).__name__, Temp.c.fget.__name__)
print(Temp.__name__, Temp.__qualname__, Temp.__module__, Temp.__bases__, Temp.__mro__)

class Typed:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int")
        obj.__dict__[self.name] = value
class Point:
    x = Typed("x")
    y = Typed("y")
pt = Point()
pt.x = 3
print(pt.x, pt.y, type(Point.x).__name__)
try:
    pt.y = "a"
except TypeError as e:
    print("TypeError:", e)

class Lazy:
    def __getattr__(self, name):
        if name.startswith("z"):
            raise AttributeError(name)
        return name.upper()
lz = Lazy()
lz.real = 1
print(lz.foo, lz.real, hasattr(lz, "zed"), getattr(lz, "zip", "dflt"))

class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
tr = Tracked()
tr.a = 1
tr.b = 2
del tr.a
print(tr.log, tr.b, hasattr(tr, "a"))

class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak() + "!"
print(Dog().speak(), Animal().speak(), Dog.speak(Dog()), Animal.speak(Dog()))
m = Dog().speak
print(m(), m.__name__, m.__self__.sound, type(m).__name__)
print(Dog.speak.__name__, Dog.speak.__qualname__)

def f():
    "doc of f"
f.attr = 5
print(f.attr, f.__name__, f.__doc__, f.__dict__)

class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.a)

try:
    (1).x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].append = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.y = 1
except TypeError as e:
    print("TypeError:", e)
try:
    object().z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(list.append([], 1), str.upper("x"), dict.fromkeys("ab", 1), int.__name__)
