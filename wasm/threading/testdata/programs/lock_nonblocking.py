# Lock: a non-blocking acquire fails at once while another thread holds the lock
import threading

lock = threading.Lock()
held = threading.Event()
done = threading.Event()

def holder():
    with lock:
        held.set()
        done.wait()

t = threading.Thread(target=holder)
t.start()
held.wait()
print("try while held:", lock.acquire(False), lock.acquire(blocking=False))
print("locked() sees it:", lock.locked())
done.set()
t.join()
print("try after release:", lock.acquire(False))
lock.release()
