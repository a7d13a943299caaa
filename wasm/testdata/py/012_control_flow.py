# Control flow: if/elif/else, while/for with break/continue/else, for-else prime search, nested loops with continue
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 3, 42):
    print(v, classify(v))
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("while-else not reached")
print("after while, i =", i)
k = 0
while k < 3:
    k += 1
else:
    print("while-else reached, k =", k)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("for-else on empty")
for word in ["apple", "banana", "cherry"]:
    if word.startswith("b"):
        print("found", word)
        break
else:
    print("not found")
total = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 3 == 0:
            continue
        total += a * b
print("total", total)
