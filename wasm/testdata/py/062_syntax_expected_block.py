# IndentationError: expected an indented block after 'if' statement
def describe(n):
    if n % 2 == 0:
        return "even"
    return "odd"
print("never printed")
value = 10
print(describe(value))
if value > 5:
print("big")
print("done")
for i in range(3):
    print(i, describe(i))
while value > 0:
    value -= 4
print(value)
