# Sets and frozensets: operations, methods, membership, errors (printed via sorted())
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection([2, 3, 9])), sorted(a.difference({1})), sorted(a.symmetric_difference([4, 10])))
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({1}), a >= {9}, {1, 2} < {1, 2}, {1} < {1, 2})
print(a.isdisjoint({7, 8}), a.isdisjoint(b), len(a), 3 in a, 9 not in a)
s = set()
print(s, len(s), type(s))
s.add(5)
s.add(5)
s.add(1)
print(sorted(s), len(s))
s.discard(5)
s.discard(42)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
words = set("the quick the lazy the end".split())
print(sorted(words), len(words))
letters = set("mississippi")
print(sorted(letters))
f = frozenset([3, 1, 2])
print(sorted(f), 2 in f, len(f), type(f).__name__)
g = frozenset([1, 2]) | {9}
print(type(g).__name__, sorted(g))
h = {frozenset([1, 2]): "pair"}
print(h[frozenset([2, 1])])
print({1, 2} == {2, 1}, frozenset([1]) == {1}, {1, 2} != {1})
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 5}
c -= {1}
c ^= {2, 7}
print(sorted(c))
u = {10, 20}
u.update([30], (40,))
u.difference_update({10})
print(sorted(u))
u.intersection_update({20, 30, 99})
print(sorted(u))
u.symmetric_difference_update({30, 31})
print(sorted(u))
print(sorted({x % 5 for x in range(20)}))
print(sorted({(1, 2), (0, 5), (1, 0)}))
print({1}, {7}, {100, 200, 300} == {300, 200, 100})
cp = a.copy()
cp.clear()
print(cp, sorted(a))
print(sorted(set(range(5)) - set(range(0, 10, 2))))
print(frozenset(), set([]) == frozenset())
print(sorted(set([3, 1, 2]), reverse=True))
print(max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
