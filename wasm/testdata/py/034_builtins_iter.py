# Iteration builtins: len, enumerate(start), zip, map, filter, sorted, reversed, iter, next(default)
seq = ["a", "b", "c"]
print(len(seq), len("four"), len({1: 2}), len(range(3)), len(()), len({5, 6}))
print(list(enumerate(seq)), list(enumerate(seq, start=1)), list(enumerate("xy", 10)))
for i, ch in enumerate(seq, 100):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(dict(zip(["k1", "k2"], [True, False])))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda v: v > 1, [0, 1, 2, 3])))
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([(1, "b"), (1, "a")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print("".join(reversed("stressed")))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
it2 = iter("hi")
print(list(it2), list(it2))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m))
z = zip("ab", [1, 2])
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), list(e))
calls = iter(lambda: calls_list.pop(), "stop")
calls_list = ["stop", "c", "b", "a"]
print(list(calls))
print(type(iter([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
print(type(enumerate([])).__name__, type(reversed([])).__name__, type(filter(None, [])).__name__)
r = reversed([1, 2, 3])
print(next(r), list(r))
pairs = [(2, "two"), (1, "one"), (3, "three")]
nums, names = zip(*sorted(pairs))
print(nums, names)
print(list(map(lambda t: t[1], sorted(pairs, key=lambda t: t[0], reverse=True))))
print(list(zip(range(5), range(5, 0, -1), "abcde")))
print(sorted(set("hello")), sorted((3, 1, 2)), sorted(x for x in range(5) if x % 2))
print(sum(1 for _ in zip(range(10), range(3))))
print(list(enumerate(zip("ab", "cd"))))
d = {"z": 1, "y": 2}
print(list(enumerate(d)), list(reversed(d.items())))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
