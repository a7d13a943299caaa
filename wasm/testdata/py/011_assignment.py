# Assignment: chained, tuple and star unpacking, augmented on names, attributes, items and slices
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "hi"
print(m, n)
head, *tail = [1, 2, 3, 4]
print(head, tail)
*front, end = range(5)
print(front, end)
a1, *mid, z1 = "abcdef"
print(a1, mid, z1)
one, *none = [1]
print(one, none)
first, (second, *others), last = 1, (2, 3, 4), 5
print(first, second, others, last)
for i, (a, b) in enumerate(zip("xy", [10, 20])):
    print(i, a, b)
for k, *vals in [(1, 2, 3), (4,)]:
    print(k, vals)
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 10; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 0b1110; print(n)
n ^= 0xff; print(n)
f = 3
f /= 2; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
class Box:
    pass
bx = Box()
bx.val = 1
bx.val += 10
bx.val *= 3
bx.items = [1]
bx.items += [2]
print(bx.val, bx.items)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 7
print(lst)
dd = {"k": 1}
dd["k"] += 1
dd["new"] = dd.get("new", 0) + 5
print(dd)
grid = [[0, 0], [0, 0]]
grid[1][0] += 9
print(grid)
counter = {}
for ch in "hello":
    counter[ch] = counter.get(ch, 0) + 1
print(counter)
i = 0
lst2 = [0, 0, 0]
i, lst2[i] = 1, 5
print(i, lst2)
alias = lst
alias += [4]
print(lst, alias is lst)
tup = (1, 2)
tup2 = tup
tup += (3,)
print(tup, tup2)
if (walrus := len("four")) > 3:
    print("walrus", walrus)
print([y for x in range(4) if (y := x * x) > 2])
