# Inheritance: overriding, super(), diamond multiple inheritance, MRO, cooperative __init__, isinstance/issubclass
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} is a {self.kind} that says {self.sound()}"
    def sound(self):
        return "..."
class Cat(Animal):
    kind = "cat"
    def sound(self):
        return "meow"
class Lion(Cat):
    kind = "lion"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + "!"
    def describe(self):
        return super().describe() + f" (pride {self.pride})"
for a in [Animal("Generic"), Cat("Tom"), Lion("Leo", "north")]:
    print(a.describe())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat), issubclass(bool, int))
l = Lion("Simba", "east")
print(isinstance(l, Cat), isinstance(l, (int, Animal)), isinstance(l, str), type(l) is Lion, type(l) is Cat)
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.who(), d.chain(), [k.__name__ for k in D.__mro__])
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")
print(Both().log)
