# Inheritance, part 2: abstract-style base methods, NotImplementedError, subclassing list and dict (__missing__), inherited __init__
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area()})"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Rect(Sq):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h
    def area(self):
        return self.s * self.h
print([Sq(3), Rect(2, 5)])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Parent:
    def __init__(self, v):
        self.v = v
class Child(Parent):
    pass
print(Child(5).v, super(Child, Child(6)).__init__ is not None)
