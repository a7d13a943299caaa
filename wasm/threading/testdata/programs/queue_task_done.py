# cpython: stdout
# queue: join() waits until task_done() was called for every item put
import queue
import threading

q = queue.Queue()
done = []

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        done.append(item * 2)
        q.task_done()

t = threading.Thread(target=worker)
for i in range(5):
    q.put(i)
t.start()
q.join()
print("joined:", sorted(done), q.unfinished_tasks)
q.put(None)
q.join()
t.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
print("join on an empty queue returns at once")
q.task_done()
