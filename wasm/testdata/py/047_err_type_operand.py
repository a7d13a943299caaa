# Uncaught TypeError: unsupported operand type(s) for +: 'int' and 'str'
for a, b in [(1, 2), ("x", "y"), ([1], [2]), (1.5, 2)]:
    print(repr(a), "+", repr(b), "=", repr(a + b))
for a, b in [(1, "2"), ([1], (2,)), (None, 1)]:
    try:
        a + b
    except TypeError as e:
        print("caught:", e)
try:
    "3" * "3"
except TypeError as e:
    print("caught:", e)
items = [3, 4, "5", 6]
total = 0
for item in items:
    print("adding", repr(item))
    total = total + item
print(total)
