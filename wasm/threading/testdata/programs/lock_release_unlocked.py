# Lock: releasing an unlocked lock is a RuntimeError
import threading

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
lock.acquire()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("again:", e)
lock.release()
