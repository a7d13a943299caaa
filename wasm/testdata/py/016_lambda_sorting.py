# Lambdas with sorted/min/max/map/filter, key functions, stability of sort
people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25), ("eve", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0]), reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[1] >= 30, people)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(z=1, a=2))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
data = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(data, key=abs), sorted(data, key=abs, reverse=True))
print(max(data, key=lambda v: v * v), min(data, key=abs))
print(max([], default="empty"), min([], key=len, default=None), max(3, 7, 5), min("b", "a", "c"))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]))
fns = [lambda x: x + 1, lambda x: x * x, abs]
print([f(-3) for f in fns])
print((lambda: "no args")(), type(lambda: 0).__name__, (lambda: 0).__name__)
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0])
print(stable)
print(sorted("hello world", reverse=True))
print(list(map(str, range(5))), list(map(int, "123")), list(map(len, ["a", "bb", "ccc"])))
print(sum(map(lambda x: x ** 2, range(10))))
print(sorted([5, 2, 8], key=lambda x: 0))
