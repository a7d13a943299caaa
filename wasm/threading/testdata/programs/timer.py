# Timer: runs its function after the interval; cancel() stops it
import threading
import time

log = []
start = time.monotonic()
t1 = threading.Timer(0.2, lambda: log.append("fired"))
t2 = threading.Timer(0.1, log.append, args=["with args"])
t3 = threading.Timer(5, lambda: log.append("never"))
for t in (t1, t2, t3):
    t.start()
t3.cancel()
for t in (t1, t2, t3):
    t.join()
print(log)
print("t3 cancelled at once:", time.monotonic() - start < 1)
print(t1.is_alive(), t3.finished.is_set())
