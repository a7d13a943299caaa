# Uncaught exception raised inside a generator while a for loop consumes it
def readings(raw):
    for i, r in enumerate(raw):
        if r < 0:
            raise ValueError(f"negative reading {r} at position {i}")
        yield r * 1.5
print(list(readings([1, 2])))
g = readings([-5])
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print("exhausted after error:", next(g, "yes"))
total = 0
for value in readings([2, 4, 6, -1, 8]):
    total += value
    print("running total", total)
print("not reached")
