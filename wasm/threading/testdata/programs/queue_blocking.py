# queue: a bounded queue blocks the producer when full and the consumer when empty
import queue
import threading

q = queue.Queue(maxsize=2)
consumed = []

def producer():
    for i in range(8):
        q.put(i)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        consumed.append(item)

threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(consumed, q.empty())
