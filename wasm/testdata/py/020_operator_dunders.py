# Operator overloading: __add__/__radd__/__sub__/__mul__/__rmul__/__neg__/__abs__/__eq__/__hash__/__bool__/__lt__, NotImplemented
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __lt__(self, other):
        return abs(self) < abs(other)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a, abs(b))
print(sum([a, b, Vec(10, 10)]))
print(a == Vec(1, 2), a != b, a == (1, 2), a is Vec(1, 2))
print(bool(Vec(0, 0)), bool(a), "truthy" if Vec(0, 1) else "falsy", not Vec(0, 0))
print(sorted([b, Vec(0, 1), a]), max(a, b), min([b, a]))
print(b > a, a < b)
print(len({a, Vec(1, 2), b}), Vec(1, 2) in {a: "x"})
acc = Vec(0, 0)
acc += a
acc += a
print(acc)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
try:
    a < "s"
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
