# Topic 10, queue.Queue: a producer and two workers; join() waits until every item is processed.
import queue
import threading

tasks = queue.Queue(maxsize=3)
results = queue.Queue()

def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results.put((n, n * n))
        tasks.task_done()

workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for n in range(6):
    tasks.put(n)
tasks.join()
print("all tasks done; results:", sorted(results.get() for _ in range(6)))
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print("queue empty:", tasks.empty(), "results left:", results.qsize())
