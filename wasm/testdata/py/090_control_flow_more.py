# Control flow, part 2: while True/break, falsy branches, conditional expressions, chained comparisons, loop variables, nested break
count = 0
while True:
    count += 1
    if count == 4:
        break
print("count", count)
if []:
    print("empty list truthy?")
elif {}:
    print("empty dict truthy?")
else:
    pass
result = "yes" if 3 > 2 else "no"
print(result, "a" if 0 else "b", 1 if 1 else 2 if 0 else 3)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 < x <= 5 < 6)
for i in range(3):
    pass
print("loop var after loop:", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
match_val = 7
if match_val in (1, 2, 3):
    print("low")
elif match_val in range(4, 8):
    print("mid")
nested = [[1, 2], [3, 4], [5, 6]]
for row in nested:
    for item in row:
        if item == 4:
            print("skip row rest at", item)
            break
        print("item", item)
