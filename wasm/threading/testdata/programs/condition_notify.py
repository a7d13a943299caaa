# Condition: wait releases the lock and re-acquires it; notify wakes one waiter
import threading

cond = threading.Condition()
items = []
log = []

def consumer():
    with cond:
        while not items:
            cond.wait()
        log.append("consumer got " + items.pop())

t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append("bread")
    cond.notify()
    log.append("producer notified")
t.join()
print(log)
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x"), repr(cond).endswith(">, 0)>"))
