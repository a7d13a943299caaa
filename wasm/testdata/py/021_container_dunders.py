# Container protocol: __getitem__/__setitem__/__delitem__ with tuple keys, __len__, __contains__, __str__, iterator class with __iter__/__next__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        print("set", pos, "=", value)
        self.cells[pos] = value
    def __delitem__(self, pos):
        print("del", pos)
        del self.cells[pos]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
    def __str__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[0, 0] = "#"
g[2, 1] = "@"
g[3, 2] = "#"
print(g)
print(len(g), "@" in g, "%" in g, g[2, 1])
del g[2, 1]
print("@" in g, g[2, 1])
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
cd = Countdown(3)
print(next(cd), next(cd), next(cd), next(cd, "done"))
for v in Countdown(2):
    print("tick", v)
