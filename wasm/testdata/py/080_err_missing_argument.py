# Uncaught TypeError from calling a function with a missing argument
def connect(host, port, timeout=5):
    return f"{host}:{port} (timeout {timeout})"
print(connect("example", 80))
print(connect("example", port=8080, timeout=1))
print(connect(port=22, host="ssh"))
try:
    connect("a", 1, 2, 3)
except TypeError as e:
    print("caught:", e)
try:
    connect("a", 1, retries=3)
except TypeError as e:
    print("caught:", e)
args = ("example",)
kwargs = {"timeout": 9}
print("calling with", args, kwargs)
print(connect(*args, **kwargs))
