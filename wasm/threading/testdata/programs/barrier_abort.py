# Barrier: abort() breaks the barrier; waiting threads get BrokenBarrierError
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
        r = "broken"
    with lock:
        results.append(r)

threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.01)
b.abort()
for t in threads:
    t.join()
print(results, b.broken, b.n_waiting)
print(repr(b).endswith(": broken>"))
