# range objects and slice objects: repr, len, indexing, slicing, membership, indices()
r = range(10)
print(r, range(2, 8), range(0, 20, 3), range(5, 0, -1))
print(len(r), len(range(2, 8)), len(range(0, 20, 3)), len(range(5, 0, -1)), len(range(5, 5)), len(range(10, 0)))
print(list(range(0, 20, 3)), list(range(5, 0, -1)), list(range(-3, 3)), list(range(0)))
print(r[3], r[-1], range(0, 20, 3)[2], range(5, 0, -1)[-1])
print(r[2:5], r[::2], r[::-1], range(0, 20, 3)[1:4], r[-3:])
print(list(r[::-3]), list(range(1, 10)[2::2]))
print(5 in r, 10 in r, -1 in r, 9 in range(0, 20, 3), 10 in range(0, 20, 3))
print(r.index(4), range(0, 20, 3).index(9), range(0, 20, 3).count(6), r.count(99))
print(range(0) == range(5, 5), range(0, 4) == range(0, 4, 1), range(1, 2) == range(1, 3))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(range(10**20)[-1], 10**19 in range(10**20), range(0, 10**20, 7)[3])
print(bool(range(0)), bool(range(1)))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(2, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -3)], "abcdefghij"[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Sliceable:
    def __getitem__(self, key):
        return key
o = Sliceable()
print(o[1:2], o[::3], o[1:2, 3], o[..., 1], o[5])
for i in range(3, -4, -2):
    print(i, end=" ")
print()
print(list(enumerate(range(100, 103))))
print(list(zip(range(3), range(10, 13))))
rev = reversed(range(1, 4))
print(list(rev))
print(range(3) == range(0, 3), repr(range(1, 5, 2)))
