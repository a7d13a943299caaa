# SyntaxError: invalid syntax from `x = = 1`; nothing is printed because compilation fails first
import sys
def helper(a, b):
    return a * b
print("this line never runs")
print(helper(2, 3), file=sys.stderr)
values = [helper(i, i) for i in range(5)]
y = 2
x = = 1
print(x + y)
for v in values:
    if v > 4:
        print("big", v)
    else:
        print("small", v)
print("end")
