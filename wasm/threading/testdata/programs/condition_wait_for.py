# Condition: wait_for(predicate, timeout) returns the predicate's last value
import threading
import time

cond = threading.Condition()
state = {"n": 0}

def bump():
    for _ in range(3):
        time.sleep(0.02)
        with cond:
            state["n"] += 1
            cond.notify_all()

t = threading.Thread(target=bump)
t.start()
with cond:
    print("wait_for n == 3:", cond.wait_for(lambda: state["n"] == 3))
    print("already true:", cond.wait_for(lambda: "yes"))
    start = time.monotonic()
    print("never true, timeout 0.1:", cond.wait_for(lambda: state["n"] > 10, timeout=0.1))
    print("waited:", time.monotonic() - start >= 0.09)
t.join()
