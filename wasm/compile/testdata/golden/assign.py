a = b = 1
x, y = y, x
first, *rest = [1, 2, 3]
*init, last = "abc"
p, (q, r) = 1, (2, 3)
obj.attr = 5
obj.attr.sub = 6
d["k"] = 7
s[1:2] = []
s[::2] = [0]
count += 1
obj.n -= 2
d["k"] *= 3
s[i][j] //= 4
if (n := len(s)) > 2:
    pass
del a, obj.attr, d["k"], s[1:2]
ann: int = 3
