# Threads: a Lock-protected shared counter incremented by 4 threads; with-statement and acquire/release
import threading
counter = 0
lock = threading.Lock()
def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1
threads = [threading.Thread(target=increment, args=(2500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
totals = {}
def tally(name, values):
    subtotal = 0
    for v in values:
        subtotal += v
    lock.acquire()
    try:
        totals[name] = subtotal
    finally:
        lock.release()
ws = [threading.Thread(target=tally, args=(f"w{i}", range(i * 100, (i + 1) * 100))) for i in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(totals.items()))
print("grand total:", sum(totals.values()), "expected:", sum(range(400)))
print("locked now?", lock.locked())
lock.acquire()
print("locked after acquire?", lock.locked(), "non-blocking acquire:", lock.acquire(blocking=False))
lock.release()
print("locked after release?", lock.locked())
rlock = threading.RLock()
def reentrant(depth):
    with rlock:
        if depth > 0:
            return 1 + reentrant(depth - 1)
        return 0
print("reentrant depth:", reentrant(5))
balance = [1000]
def withdraw(amount, times):
    for _ in range(times):
        with lock:
            if balance[0] >= amount:
                balance[0] -= amount
ts = [threading.Thread(target=withdraw, args=(7, 50)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("balance:", balance[0])
