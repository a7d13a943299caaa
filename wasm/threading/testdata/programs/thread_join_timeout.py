# Thread: join(timeout) returns after the timeout while the thread still runs
import threading
import time

stop = threading.Event()

def worker():
    stop.wait()

t = threading.Thread(target=worker)
t.start()
start = time.monotonic()
t.join(0.1)
print("still alive after join(0.1):", t.is_alive(), time.monotonic() - start >= 0.09)
stop.set()
t.join()
print("alive after join():", t.is_alive())
