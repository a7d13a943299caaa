# cpython: stdout
# Condition: waiting or notifying without holding the lock is a RuntimeError
import threading

cond = threading.Condition()
for name in ("wait", "notify", "notify_all"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print(name + ":", e)
cond.wait(0.1)
