# Uncaught UnboundLocalError: assignment later in the function makes the name local
count = 10
def read_only():
    return count * 2
def with_global():
    global count
    count = count + 1
    return count
def bump():
    print("bumping")
    count = count + 1
    return count
print(read_only(), with_global(), with_global(), count)
try:
    bump()
except UnboundLocalError as e:
    print("caught:", e)
print("uncaught now")
bump()
