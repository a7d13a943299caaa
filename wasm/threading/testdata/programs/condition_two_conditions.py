# Condition: two conditions on one lock (not_empty, not_full) for a bounded buffer
import threading

lock = threading.Lock()
not_empty = threading.Condition(lock)
not_full = threading.Condition(lock)
buf = []
got = []

def producer():
    for i in range(10):
        with not_full:
            while len(buf) >= 2:
                not_full.wait()
            buf.append(i)
            not_empty.notify()

def consumer():
    for _ in range(10):
        with not_empty:
            while not buf:
                not_empty.wait()
            got.append(buf.pop(0))
            not_full.notify()

ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(got)
