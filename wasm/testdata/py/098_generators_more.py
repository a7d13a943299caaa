# Generators, part 2: infinite Fibonacci, StopIteration.value, pipelines, chunking, recursive yield from, any/all short-circuit
def countdown(n):
    print("countdown starting")
    while n > 0:
        yield n
        n -= 1
    print("countdown done")
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    return 99
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(iter([]))
except StopIteration as e:
    print("empty StopIteration:", repr(e))
def pipeline():
    nums = (n for n in range(20))
    odd = (n for n in nums if n % 2)
    sq = (n * n for n in odd)
    return list(sq)
print(pipeline())
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)))
it = iter(countdown(2))
print(iter(it) is it, list(it))
def gen_in_class():
    class Tree:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, kids
        def walk(self):
            yield self.v
            for k in self.kids:
                yield from k.walk()
    return list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)]).walk())
print(gen_in_class())
print(any(x > 3 for x in naturals()), all(x < 3 for x in naturals()))
print(dict((k, len(k)) for k in ["one", "three"]), tuple(i for i in range(3)))
