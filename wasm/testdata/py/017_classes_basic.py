# Classes: __init__, instance and class attributes, methods, __repr__/__str__, type() names
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"
    def birthday(self):
        self.age += 1
        return self
    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"
    def __str__(self):
        return f"{self.name} ({self.age})"
rex = Dog("Rex", 3)
fido = Dog("Fido")
print(rex.speak(), fido.speak("arf"))
print(rex, fido)
print(repr(rex), str(fido), [rex, fido])
print(rex.species, Dog.species, Dog.count, rex.count)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
print(rex.birthday().birthday().age)
print(type(rex), type(rex).__name__, Dog.__name__, Dog.__qualname__)
print(type(Dog), isinstance(rex, Dog), isinstance(3, Dog))
print(Dog.speak(fido, "yip"))
bound = rex.speak; print(bound(), bound("grr"))
print(hasattr(rex, "name"), hasattr(rex, "color"), getattr(rex, "age"), getattr(rex, "color", "brown"))
setattr(rex, "color", "black")
print(rex.color, sorted(vars(rex)))
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, type(e), Empty.__name__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
print(p, p.moved(3, 4), p)
pts = [Point(i, i * i) for i in range(4)]
print(pts)
print(sorted(pts, key=lambda q: -q.y)[0])
class Only:
    def __str__(self):
        return "only-str"
print(Only(), str(Only()), f"{Only()}")
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    def convert(self):
        return Temp.from_f(self.deg) if self.unit == "F" else self.deg
    @staticmethod
    def from_f(f):
        return (f - 32) * 5 / 9
print(Temp(100).convert(), Temp.from_f(212))
try:
    rex.fly()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.nothing
except AttributeError as e:
    print("AttributeError:", e)
