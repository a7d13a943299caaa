# Iteration over builtin containers, and their mutation during iteration.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
l = [1, 2, 3]
for x in l:
    if x < 3:
        l.append(x * 10)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
d = {1: "a", 2: "b"}
for k, v in d.items():
    d[k] = v * 2
print(d, list(d.keys()), list(d.values()), list(d.items()))
ks = d.keys()
d[3] = "c"
print(ks, len(ks), 3 in ks, list(reversed(ks)))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
e = enumerate("abc")
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(lambda x: x * x, range(4))
print(next(m), list(m))
f = filter(lambda x: x % 2, range(6))
print(list(f))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(iter(iter([1, 2]))))
g = (x * 2 for x in range(3))
print(sorted(g, reverse=True), sum(x for x in range(5)), max(x % 3 for x in range(7)))
a, *b = "xyz"
print(a, b, dict(zip("ab", range(2))), list(enumerate(range(3), 10)))
words = "the quick brown fox".split()
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]), min(words, key=len), max(words))
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, reverse=True))
l = [5, 3, 1]
try:
    l.sort(key=lambda x: (l.append(x), x)[1])
except ValueError as e:
    print("ValueError:", e)
print(list(range(10))[::3], list(range(10, 0, -3)), [1, 2, 3][::-1], "hello"[::2])
nested = [[1, 2], [3], []]
print(sum(nested, []), [y for x in nested for y in x], any(nested), all(nested))
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)}, dict.fromkeys(range(3), 0))
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 100] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
