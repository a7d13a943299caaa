if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
while n > 0:
    n -= 1
    if n == 5:
        continue
    if n == 2:
        break
else:
    done = True
for i in range(3):
    if i:
        break
else:
    pass
while True:
    if f():
        break
ok = a and b or c
lo = 1 < n <= 10
inside = k in d and k not in e and k is not None
v = p if q else r
if not a or not b:
    pass
assert n >= 0
assert n < 10, "too big"
