# queue: FIFO, LIFO and priority order (by <, like heapq)
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    for x in [5, 1, 4, 1, 3, 9, 2, 6]:
        q.put(x)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(8)], q.empty())

pq = queue.PriorityQueue()
for item in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")]:
    pq.put(item)
print([pq.get()[1] for _ in range(5)])

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio

for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    pq.put(Job(p, n))
print([pq.get().name for _ in range(4)])
try:
    pq.put({})
    pq.put({})
except TypeError as e:
    print("TypeError:", e)
q = queue.Queue(maxsize=3)
print(q.maxsize, q.full(), q.empty())
for i in range(3):
    q.put(i)
print(q.full(), q.qsize(), list(q.queue))
