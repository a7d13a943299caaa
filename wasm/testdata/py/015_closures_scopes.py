# Scopes: closures, nonlocal counters, global, late binding in lambdas, nested nonlocal, shared closure state
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
total = 0
def add_to_total(n):
    global total
    total += n
    return total
print(add_to_total(3), add_to_total(4), total)
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow():
    total = "local total"
    return total
print(shadow(), total)
def nested_nonlocal():
    a = 1
    def level1():
        nonlocal a
        a += 10
        def level2():
            nonlocal a
            a *= 2
        level2()
        return a
    r = level1()
    return r, a
print(nested_nonlocal())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = accumulate()
add("a"); add("b")
print(get(), add("c"), get())
print(make_counter.__name__, c1.__name__, c1.__qualname__)
