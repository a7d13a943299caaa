# Uncaught TypeError: 'int' object is not subscriptable, after some caught errors
data = {"count": 3, "names": ["x", "y"]}
print(data["names"][1], data["names"][-1][0])
try:
    data["count"][0]
except TypeError as e:
    print("caught:", e)
nothing = None
try:
    nothing[0]
except TypeError as e:
    print("caught:", e)
try:
    len[0]
except TypeError as e:
    print("caught:", e)
def first_letter(record):
    return record["count"][0]
print(first_letter({"count": "abc"}))
print(first_letter(data))
