# Lock: acquire blocks until the holder releases; the waiter then sees the holder's writes
import threading

lock = threading.Lock()
log = []
lock.acquire()

def waiter():
    with lock:
        log.append("waiter got the lock")

t = threading.Thread(target=waiter)
t.start()
log.append("main releases")
lock.release()
t.join()
print(log)
