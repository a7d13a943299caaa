# Functions: defaults, *args, **kwargs, keyword-only, positional-only, return values, recursion
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def total(*args):
    return sum(args), args
print(total(), total(1), total(1, 2, 3), total(*[4, 5], 6))
def info(**kwargs):
    return sorted(kwargs.items())
print(info(), info(a=1, b=2), info(**{"x": 9}, y=8))
def mixed(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, d=9, e=10, f=11))
def kwonly(*, key, value=None):
    return key, value
print(kwonly(key="k"), kwonly(value=1, key=2))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
def no_return():
    x = 1
print(no_return())
def early(n):
    if n > 0:
        return "positive"
    return
print(early(5), early(-5))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(0))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(greet, "Eve", punct="."))
def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
def safe_default(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_default(1), safe_default(2))
def documented(x):
    "Return x doubled."
    return x * 2
print(documented.__name__, documented.__doc__, documented(21))
print(greet.__defaults__, mixed.__kwdefaults__)
def f(x):
    def g(y):
        return x + y
    return g
print(f(10)(5), f("a")("b"))
funcs = {"sq": lambda v: v * v, "neg": lambda v: -v}
print([funcs[k](7) for k in sorted(funcs)])
def fib_memo(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r
print(fib_memo(90))
def varargs_order(first, *args, last="L"):
    print("first:", first, "args:", args, "last:", last)
varargs_order(1)
varargs_order(1, 2, 3, last="Z")
d = {"a": 1, "c": 3, "b": 2}
def abc(a, b, c):
    return f"a={a} b={b} c={c}"
print(abc(**d), abc(*"xyz"), abc(1, *[2], **{"c": 3}))
print(callable(abc), callable(1), type(abc).__name__)
