squares = [x * x for x in range(10) if x % 2]
pairs = [(x, y) for x in xs for y in ys if x != y]
unique = {w.lower() for w in words}
index = {k: v for k, v in items}
total = sum(n for n in nums)
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
