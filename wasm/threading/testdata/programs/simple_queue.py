# queue.SimpleQueue: unbounded FIFO without task tracking
import queue
import threading

q = queue.SimpleQueue()
print(q.empty(), q.qsize())

def feed():
    for i in range(3):
        q.put(i, block=False)

t = threading.Thread(target=feed)
t.start()
print([q.get() for _ in range(3)])
t.join()
q.put_nowait("x")
print(q.get_nowait(), q.empty())
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty")
print(hasattr(q, "task_done"), hasattr(q, "join"), hasattr(q, "full"))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
