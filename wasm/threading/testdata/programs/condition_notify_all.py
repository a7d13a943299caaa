# Condition: notify(n) wakes n waiters, notify_all wakes the rest
import threading

cond = threading.Condition(threading.Lock())
waiting = 0
woken = 0
allowed = 0

def waiter():
    global waiting, woken, allowed
    with cond:
        waiting += 1
        cond.notify_all()
        while allowed == 0:
            cond.wait()
        allowed -= 1
        woken += 1
        cond.notify_all()

threads = [threading.Thread(target=waiter) for _ in range(5)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: waiting == 5)
    allowed = 2
    cond.notify(2)
    cond.wait_for(lambda: woken == 2)
    print("after notify(2):", woken)
    allowed = 3
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", woken)
