# Every construct the parser knows, for comparison with CPython's trees.
import os
import os.path as osp, sys
import concurrent.futures
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from x import *
from .m import n
x = 1; y = 2;
a = b = c = 3
a, b = b, a
(a, b), [c, *d] = 1, (2, 3)
*a, b = range(3)
a[1:2, ::3] = x[:], x[::], x[1:], x[:2], x[::-1]
a.b.c[d](e)[f] = g
x: int = 5
y: "list[int]"
self.attr: int
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
-2**2; 2**-1; 2**3**2; not a == b; a if b else c if d else e
~x + -y - +z * w / v // u % t @ s
a | b ^ c & d << e >> f
a < b <= c > d >= e == f != g in h not in i is j is not k
a and b or c and not d
lambda: 0
lambda x, y=1, *args, z, w=2, **kw: x
lambda a, /, b, *, c: a
lambda *a: a
lambda **k: k
f(a, b, *c, d=1, **e)
f(*a, *b, c=1, *d, **e, **f)
f(x for x in y)
f(a)(b)(c)
print((x for x in y if x if not x), [x for x in y for z in x], {x for x in y}, {k: v for k, v in d.items()})
[x for x in range(3) if x % 2 if x > 0 for y in range(x)]
{**a, 'b': 1, **c}
{1, 2, *a}
[*a, *b]
(*a, *b)
()
(1,)
[]
{}
...
None, True, False
0x1F, 0o17, 0b1010, 1_000_000, 0, 00, 1.5, 1e10, 1E-3, .5, 5., 1_0.0_1, 3j, 1.5J, 0xdead_beef
'single' "double" '''triple''' """triple double"""
r'raw\n' R"raw" u'unicode' U"x"
b'bytes' rb'raw bytes' BR"x" Rb'y' b'\x00\xff\n\u1234'
'\n\t\\\'\"\x41\u00e9\U0001F600\101\0\a\b\f\v\r'
'line \
continued'
"""multi
line
string"""
f"plain {x} and {y!r} and {z!s:>10} and {w!a}"
f"{x:{width}.{precision}}"
f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>5}"
f"{{literal braces}} {x}"
f'{"nested"}' f"{'a' + 'b'}" f"{x['k']}"
rf"raw {x} \n" Fr"{y}\d"
"concat " f"mixed {x}" " end"
f"{3.14:.2f}" f"{x!r:^20}" f"{a, b}" f"{(lambda: 1)}" if 0 else 0
f"""triple
{x}
"""
def g():
    x = yield
    y = yield 1
    z = yield from g()
    yield a, b
    await_ = 1
    return *a, b
@decorator
@decorator.attr(arg)
@(lambda f: f)
def f(a, b: int, /, c, d: str = "x", *args: int, e, f=1, **kwargs: dict) -> None:
    """Docstring."""
    global gx, gy
    def inner():
        nonlocal a
        a = 1
    pass
def h(*, a): pass
def k(a, /): pass
def m(a=1, /, b=2): pass
class C: pass
class D(Base, metaclass=Meta, **kw):
    x = 1
    def method(self): return self
@dataclass
class E(A, B):
    pass
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    continue_ = 1
for i in range(10):
    continue
else:
    pass
for a, b in c: pass
for (a, b) in c: pass
for [a, *b] in c: pass
for x, in y: pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise ValueError("x") from e
except:
    raise ValueError
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a: pass
with a as b, c as (d, e), f: pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a) as b: pass
def gen3():
    with (yield): pass
with open(f) as fh, lock:
    pass
assert x
assert x, "message"
del a, b[1], c.d
del (a, b)
del [a, b]
del x,
if (n := 10) > 5: print(n)
[y := f(x), y**2]
print(*args, sep="", **kw)
x = [
    1,
    2,  # comment
    3,
]
x = 1 if y else \
    2
x = a[b][c:d](e).f
match = 3
match.x = 4
match[1] = 2
case = 5
_ = 6
print(match, case, _)
type = 7
x = not not a
x = - - - a
x = a if b else lambda: c
def gen2():
    x = [i for i in (yield)]
    x = (yield)
x = 1, 2, *a
return_value = a[1:2:3, 4]
s = a[*b]
t = a[b:c, *d]
x = """a""" 'b' "c"
x = ('a'
     'b')
assert isinstance(x, (int, float)), f"bad {x!r}"
