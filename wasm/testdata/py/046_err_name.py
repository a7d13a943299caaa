# Uncaught NameError for an undefined variable inside a function
def greet(user):
    message = "hello " + user
    print(message)
    return undefined_thing.upper()
try:
    print(not_defined_yet)
except NameError as e:
    print("caught:", e)
not_defined_yet = "now defined"
print(not_defined_yet)
try:
    del not_defined_yet
    not_defined_yet
except NameError as e:
    print("caught again:", e)
greet("ann")
print("not reached")
