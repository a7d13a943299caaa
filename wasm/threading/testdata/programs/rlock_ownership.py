# RLock: releasing an RLock you do not own (or that is free) is a RuntimeError
import threading

r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("free:", e)
r.acquire()
err = []

def thief():
    try:
        r.release()
    except RuntimeError as e:
        err.append(str(e))

t = threading.Thread(target=thief)
t.start()
t.join()
print("other thread:", err)
r.release()
with r:
    with r:
        pass
r.release()
