# Comprehensions: list/dict/set, nested, conditions, scoping, matrix ops
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print({w: len(w) for w in ["apple", "fig", "banana"]})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({c.lower() for c in "HeLLo WoRLD" if c.isalpha()}))
print(sorted({x % 7 for x in range(100)}))
print([c for c in "hello" if c not in "aeiou"])
print(["".join(p) for p in zip("abc", "xyz")])
print([i * j for i, j in enumerate([10, 20, 30], start=1)])
x = "outer"
print([x for x in "ab"], x)
print([len(s) for s in "the quick brown fox".split()])
print({i: [j for j in range(i)] for i in range(4)})
print([[x for x in range(n)] for n in range(4)])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
words = ["Alpha", "beta", "Gamma", "delta"]
print({w[0].lower(): w for w in words})
print([w.upper() for w in words if w[0].isupper()])
print(sum([i for i in range(101)]), sum(i for i in range(101)))
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
print({(o, i): v for o, d in nested.items() for i, v in d.items()})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([y for y in [x * x for x in range(5)] if y > 3])
funcs = [lambda n=n: n * 10 for n in range(3)]
print([f() for f in funcs])
print(list({k: None for k in "mississippi"}))
print([*range(3), *"ab", *[None]])
print({**{"a": 1}, **{"b": 2, "a": 3}})
print([[0] * 3 for _ in range(2)])
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid)
pairs = {frozenset((a, b)) for a in range(3) for b in range(3) if a != b}
print(len(pairs), sorted(tuple(sorted(p)) for p in pairs))
