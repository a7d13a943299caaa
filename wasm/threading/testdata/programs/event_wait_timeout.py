# Event: wait(timeout) returns False when nobody sets the event in time, True when set before
import threading
import time

e = threading.Event()
start = time.monotonic()
print("wait(0.2):", e.wait(0.2), time.monotonic() - start >= 0.19)

def setter():
    time.sleep(0.05)
    e.set()

t = threading.Thread(target=setter)
t.start()
print("wait(10) with a setter:", e.wait(10))
t.join()
e.clear()
print("negative timeout:", e.wait(-1))
