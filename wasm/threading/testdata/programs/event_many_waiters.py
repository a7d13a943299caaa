# Event: every waiter wakes when the event is set
import threading

go = threading.Event()
ready = threading.Semaphore(0)
woke = []
lock = threading.Lock()

def waiter(i):
    ready.release()
    go.wait()
    with lock:
        woke.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print("before set:", woke)
go.set()
for t in threads:
    t.join()
print("after set:", sorted(woke))
