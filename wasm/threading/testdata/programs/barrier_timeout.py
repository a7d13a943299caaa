# Barrier: a wait that times out breaks the barrier for everyone
import threading

b = threading.Barrier(3, timeout=0.1)
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
for t in threads:
    t.join()
print(results, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("new arrivals fail too:", type(e).__name__, repr(e))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("wait(timeout=...) overrides the default")
