# Generators: yield, next() with default, infinite generators with break, yield from with return value, generator expressions
def countdown(n):
    print("countdown starting")
    while n > 0:
        yield n
        n -= 1
    print("countdown done")
gen = countdown(3)
print(type(gen).__name__)
print(next(gen))
print(list(gen))
print(next(gen, "exhausted"))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
for v in naturals():
    if v > 4:
        break
    print("natural", v)
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def evens():
    return (x for x in naturals() if x % 2 == 0)
print(take(5, evens()))
def inner():
    yield "a"
    yield "b"
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from range(2)
    yield from ["x", "y"]
print(list(outer()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
squares = (x * x for x in range(6))
print(sum(squares), sum(squares))
print(max(len(w) for w in ["aa", "b", "cccc"]), sorted((c for c in "generator"), reverse=True))
print(list(zip(naturals(), "abc")))
