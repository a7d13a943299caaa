# Semaphore: at most N threads inside at once
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0

def worker():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with lock:
            inside -= 1

threads = [threading.Thread(target=worker) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak:", peak, "inside now:", inside)
print(repr(sem).startswith("<threading.Semaphore at 0x"), repr(sem).endswith(": value=2>"))
s0 = threading.Semaphore(0)
print("acquire(False) at zero:", s0.acquire(False))
print("acquire(timeout=0.05) at zero:", s0.acquire(timeout=0.05))
s0.release(3)
print(s0.acquire(), s0.acquire(), s0.acquire(), s0.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
