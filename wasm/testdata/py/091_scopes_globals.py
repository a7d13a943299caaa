# Scopes, part 2: global reads vs local writes, UnboundLocalError, creating globals, default-argument capture, class-body scope
x = "global x"
def reads_global():
    return x
def writes_local():
    x = "local x"
    return x
print(reads_global(), writes_local(), x)
def broken():
    print(y_value)
    y_value = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("NameError:", e)
def set_global_new():
    global brand_new
    brand_new = "created"
set_global_new()
print(brand_new)
def gen_closures():
    fs = []
    for name in ["a", "b"]:
        def f(name=name):
            return name.upper()
        fs.append(f)
    return [f() for f in fs]
print(gen_closures())
lam_scope = 5
print((lambda: lam_scope * 2)())
class K:
    attr = 1
    vals = [attr * 2]
print(K.vals)
counter = 0
def tick():
    global counter
    counter += 1
    return counter
print([tick() for _ in range(4)], counter)
def shadowing_param(counter):
    counter += 100
    return counter
print(shadowing_param(1), counter)
def make_adders():
    adders = {}
    for n in (1, 5, 10):
        adders[n] = lambda x, n=n: x + n
    return adders
print({k: f(100) for k, f in make_adders().items()})
def nested_global():
    def inner():
        global counter
        counter = -1
    inner()
    return counter
print(nested_global(), counter)
def reads_builtin():
    return len("abc"), max(1, 2)
len_backup = len
def len(x):
    return "shadowed"
print(reads_builtin(), len([1, 2]))
del len
print(len([1, 2]), len is len_backup)
