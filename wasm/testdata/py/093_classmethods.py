# @classmethod alternative constructors, @staticmethod, read-write properties, class-level registries, name mangling
class Date:
    created = 0
    def __init__(self, y, mo, d):
        self.y, self.mo, self.d = y, mo, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, mo, d = map(int, s.split("-"))
        return cls(y, mo, d)
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.created}"
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.mo:02d}-{self.d:02d})"
class FancyDate(Date):
    pass
print(Date.from_string("2024-02-29"), FancyDate.from_string("1999-12-31"))
print(Date.how_many(), FancyDate.how_many())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), FancyDate.is_leap(2023))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
    @property
    def diameter(self):
        return self.r * 2
    @diameter.setter
    def diameter(self, d):
        self.r = d / 2
c = Circle(2)
print(c.area, c.diameter)
c.diameter = 10
print(c.r, c.area)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
print(Registry.register("a"), Registry.register("b"), Registry.items)
class Counter:
    def __init__(self):
        self.__secret = 1
        self._protected = 2
    def reveal(self):
        return self.__secret
cn = Counter()
print(cn.reveal(), cn._protected, cn._Counter__secret, hasattr(cn, "__secret"))
