# Lock: acquire and release, locked(), the return value of acquire, with
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
lock.release()
print(lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
print(lock.acquire(True), lock.acquire(False))
lock.release()
print(lock.acquire(blocking=True, timeout=1), lock.locked())
lock.release()
try:
    with lock:
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, "locked:", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
lock.acquire()
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
