# threading.local: attributes are per thread; subclasses run __init__ in each thread
import threading

data = threading.local()
data.x = "main"
results = []
lock = threading.Lock()

def worker(n):
    try:
        data.x
        seen = "shared!"
    except AttributeError:
        seen = "no x yet"
    data.x = n
    with lock:
        results.append((n, seen, data.x))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), data.x)

class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count

c = Counter(10)
c.bump()
counts = []

def use():
    counts.append(c.bump())

t = threading.Thread(target=use)
t.start()
t.join()
print(counts, c.count)
print(data.__dict__, isinstance(c, threading.local))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# del removes the running thread's attribute only
data.y = "main y"
def deleter():
    data.y = "worker y"
    del data.y
    print("worker has y:", hasattr(data, "y"))
    try:
        del data.y
    except AttributeError as e:
        print("AttributeError:", e)
t = threading.Thread(target=deleter)
t.start()
t.join()
print("main y:", data.y)
del c.count
print("count gone:", not hasattr(c, "count"))
