# Lock: a plain lock has no owner, so another thread may release it
import threading

lock = threading.Lock()
lock.acquire()

def releaser():
    lock.release()

t = threading.Thread(target=releaser)
t.start()
t.join()
print("released by the other thread:", not lock.locked())
lock.acquire()
print("main can take it again:", lock.locked())
