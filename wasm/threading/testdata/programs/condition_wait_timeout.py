# Condition: wait(timeout) returns False when nobody notifies, and the lock is held again
import threading
import time

cond = threading.Condition()
with cond:
    start = time.monotonic()
    r = cond.wait(0.2)
    print("wait(0.2):", r, time.monotonic() - start >= 0.19)
    print("lock held again:", cond._is_owned() if hasattr(cond, "_is_owned") else True)
    print("wait(0):", cond.wait(0))

flag = []

def setter():
    time.sleep(0.05)
    with cond:
        flag.append(1)
        cond.notify()

t = threading.Thread(target=setter)
t.start()
with cond:
    print("wait(10) with a notifier:", cond.wait(10))
t.join()
