# Uncaught error inside a lambda called from a list comprehension (frames <listcomp> and <lambda>)
scale = lambda v: 100 // v
values = [5, 4, 2, 0, 1]
print([scale(v) for v in values[:3]])
print({v: scale(v) for v in values if v})
print(sorted(values, key=lambda v: -v))
try:
    [scale(v) for v in values]
except ZeroDivisionError as e:
    print("caught:", e)
try:
    list(map(scale, values))
except ZeroDivisionError as e:
    print("caught in map:", e)
print("now uncaught")
result = [scale(v) for v in values]
print(result)
