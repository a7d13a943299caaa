# Barrier: reset() sends BrokenBarrierError to the threads waiting, then the barrier works again
import threading
import time

b = threading.Barrier(3)
results = []
lock = threading.Lock()

def worker():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken by reset"
    with lock:
        results.append(r)

threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.01)
b.reset()
for t in threads:
    t.join()
print(results, "broken:", b.broken, "waiting:", b.n_waiting)
threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
b.wait()
for t in threads:
    t.join()
print(results[2:])
b.abort()
print("aborted:", b.broken)
b.reset()
print("after reset:", b.broken)
