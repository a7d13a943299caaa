# Tuples: creation, singleton, indexing, slicing, unpacking, methods, comparison, hashing
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t))
single = (5,)
print(single, len(single), (), type(()), tuple())
print(1, 2 == (1, 2))
nested = ((1, 2), (3, (4, 5)), [6])
print(nested, nested[1][1][0])
nested[2].append(7)
print(nested)
a, b, c = t
print(a, b, c)
first, *rest = (10, 20, 30, 40)
print(first, rest)
*init, last = "abcd"
print(init, last)
p, (q, r) = 1, (2, 3)
print(p, q, r)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") == (1, "a"))
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
print(tuple([1, 2]), tuple("hi"), tuple(range(3)), tuple({"x": 1, "y": 2}))
print(2 in t, 9 in t, max(t), min(t), sum(t))
point = 3, 4
x, y = point
print(x * x + y * y)
x, y = y, x
print(x, y)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(repr((None, True, "s", 1.5)))
