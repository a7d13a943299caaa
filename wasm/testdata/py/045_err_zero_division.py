# Uncaught ZeroDivisionError raised two calls deep: traceback on stderr, exit status 1
def average(values):
    total = sum(values)
    return total / len(values)
def report(groups):
    for name, values in groups:
        print(name, "average", average(values))
print("computing averages")
try:
    average([])
except ZeroDivisionError as e:
    print("caught once:", e)
print("safe:", [average(v) for v in ([1], [1, 2], [2, 4, 9])])
report([("a", [1, 2, 3]), ("b", [10, 20]), ("empty", []), ("never", [5])])
print("not reached")
