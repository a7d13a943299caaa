# Decorators: plain, with arguments, stacked, a tracing decorator on a recursive function, registration decorators
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"), hello.__name__)
def trace(fn):
    depth = [0]
    def wrapper(*args):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        result = fn(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(4), fib.__name__)
def repeat(times):
    def decorator(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(7))
def tag(name):
    def deco(fn):
        def wrapper(text):
            return f"<{name}>{fn(text)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def plain(text):
    return text
print(plain("stacked"))
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("add")
def _add(a, b):
    return a + b
@register("mul")
def _mul(a, b):
    return a * b
print(sorted(registry), registry["add"](2, 3), registry["mul"](2, 3), _add(1, 1))
