# Lock: acquire(timeout=...) gives up after the timeout; argument errors
import threading
import time

lock = threading.Lock()
held = threading.Event()
done = threading.Event()

def holder():
    with lock:
        held.set()
        done.wait()

t = threading.Thread(target=holder)
t.start()
held.wait()
start = time.monotonic()
got = lock.acquire(timeout=0.2)
elapsed = time.monotonic() - start
print("acquired:", got, "waited at least 0.2 s:", elapsed >= 0.19)
print("timeout=0:", lock.acquire(timeout=0))
done.set()
t.join()
print("acquire(timeout=5) when free:", lock.acquire(timeout=5))
lock.release()
for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": "x"})]:
    try:
        lock.acquire(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("timeout=-1 means forever:", lock.acquire(timeout=-1))
