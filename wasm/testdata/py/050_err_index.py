# Uncaught IndexError: list index out of range inside a loop
queue = ["a", "b", "c"]
print(queue[0], queue[-1], queue[-3])
try:
    queue[-4]
except IndexError as e:
    print("caught:", e)
try:
    "abc"[3]
except IndexError as e:
    print("caught:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("caught:", e)
i = 0
while True:
    print("item", i, queue[i])
    i += 1
