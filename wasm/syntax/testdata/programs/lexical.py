x = 1if y else 2
x = [0_0, 0e5, 00.5, 0j, 09.5, 1.e5, 0xFF_FF, 0O7_7, 0B1_0, 1_0j, 1e-0_1, .5j, 00_0, 0.0]
x = 1 if 1else 2
x = 0x1f or 2
y = [i for i in range(3)if i]
z = 1or 2
x = 1
if x:
      y = 2
s = rb"""a\\b""" + Rb"\x"
t = f"{x!r}" F"{y}" fR"{z}\n"
u = "a\
\
b"
v = (1 +
# comment

     2)
w = [
]
x = 1; y = 2 ; z = 3;
if x: pass
while 0: pass
for i in []: pass
class K: x = 1; y = 2
def f(): return
lambda: (yield)
