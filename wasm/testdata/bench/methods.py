# Benchmark: method calls on objects (~680k calls): attribute access, bound methods, small classes
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self
    def value(self):
        return self.n
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dot(self, other):
        return self.x * other.x + self.y * other.y
c = Counter()
p = Point(1, 2)
q = Point(3, 4)
acc = 0
for i in range(170000):
    c.inc(i)
    c.inc(1)
    acc += p.dot(q)
    acc += c.value() & 1
print(c.value(), acc)
