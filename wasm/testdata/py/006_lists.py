# Lists: methods, slicing, slice assignment, del, operators, comparison, nested repr, membership
a = [3, 1, 4, 1, 5]
a.append(9)
print(a)
a.extend([2, 6])
a.extend("ab")
print(a)
a.insert(0, "start")
a.insert(100, "end")
a.insert(-1, "before-end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(5), a.count(1), a.count("zz"))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
words.reverse()
print(words)
c = words.copy()
c.clear()
print(c, len(words))
b = list(range(10))
print(b[2:5], b[::3], b[::-2], b[-3:], b[8:2:-2])
b[2:5] = ["x", "y"]
print(b)
b[0:0] = [-1, -2]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
del b[1]
del b[-3:]
print(b)
del b[::2]
print(b)
print([1, 2] + [3], [0] * 4, [[1, 2]] * 2, 2 * ["ab"])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 100], [1, 2] == [1, 2], [] < [0])
nested = [1, [2, [3, [4, "five"]]], (6, 7), {"k": [8]}, None, 2.5]
print(nested, len(nested), nested[1][1][1][1])
print(3 in [1, 2, 3], [2] in [[1], [2]], "a" not in ["b"])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
alias = m[0]
alias.append("x")
print(m[0])
empty = []
print(empty, bool(empty), len(empty))
x = [1, 2, 3]
x += [4]
x *= 2
print(x)
print(list(reversed(x)), sorted(x), x.index(2, 2))
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref)
try:
    [1, 2].remove(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(7)
except ValueError as e:
    print("ValueError:", e)
