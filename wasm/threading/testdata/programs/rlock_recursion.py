# RLock: the owner may acquire again; each acquire needs a release
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(repr(r).startswith("<locked _thread.RLock object owner="), "count=3" in repr(r))
r.release()
r.release()
print("count=1" in repr(r))
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0"))

def nested(depth):
    with r:
        if depth:
            return nested(depth - 1)
        return "reached the bottom holding it " + str(r._is_owned())

print(nested(5))
print("free again:", not r._is_owned())

got = []
r.acquire()
r.acquire()

def other():
    got.append(r.acquire(timeout=0.1))
    got.append(r.acquire(False))

t = threading.Thread(target=other)
t.start()
t.join()
print("other thread could not take it:", got)
r.release()
r.release()

def other2():
    got.append(r.acquire(False))
    r.release()

t = threading.Thread(target=other2)
t.start()
t.join()
print("after full release:", got[-1])
