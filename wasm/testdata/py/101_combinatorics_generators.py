# Recursive generators: cartesian product, combinations, partially consumed generators
def chain(*iterables):
    for it in iterables:
        yield from it
def product(*seqs):
    if not seqs:
        yield ()
        return
    for first in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (first,) + rest
print(list(product("ab", [0, 1])), len(list(product(range(3), range(3), range(2)))))
def combinations(xs, k, start=0):
    if k == 0:
        yield ()
        return
    for i in range(start, len(xs)):
        for rest in combinations(xs, k - 1, i + 1):
            yield (xs[i],) + rest
print(list(combinations("abcd", 2)), sum(1 for _ in combinations(range(10), 4)))
gen = chain(range(3), "xy")
print(next(gen), next(gen), list(gen), next(gen, "end"))
def permutations(xs):
    if len(xs) <= 1:
        yield tuple(xs)
        return
    for i in range(len(xs)):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield (xs[i],) + rest
print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(6)))))
def subsets(xs):
    for mask in range(1 << len(xs)):
        yield [x for i, x in enumerate(xs) if mask >> i & 1]
print(list(subsets("xyz")))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
pg = primes()
print([next(pg) for _ in range(12)], next(pg))
def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print(list(partitions(5)), sum(1 for _ in partitions(15)))
def compositions(n):
    if n == 0:
        yield ()
    for k in range(1, n + 1):
        for rest in compositions(n - k):
            yield (k,) + rest
print(list(compositions(4)))
