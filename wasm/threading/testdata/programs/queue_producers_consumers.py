# queue: several producers and consumers; every item is consumed exactly once
import queue
import threading

q = queue.Queue(maxsize=3)
out = []
lock = threading.Lock()

def producer(base):
    for i in range(5):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            out.append(item)

producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sorted(out))
