# cpython: skip
# Topic 4, RLock: the same code with a plain Lock deadlocks on itself: add() waits for the
# lock that add_many() already holds. (CPython would hang; Lockstep reports the deadlock.)
import threading

lock = threading.Lock()
items = {}

def add(name):
    with lock:
        items[name] = items.get(name, 0) + 1

def add_many(names):
    with lock:
        for name in names:
            add(name)

t = threading.Thread(target=add_many, args=(["apple"],), name="adder")
t.start()
t.join()
