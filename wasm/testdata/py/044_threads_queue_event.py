# Threads: queue.Queue producer/consumer (single each, FIFO), Event signalling, Condition-based turn taking
import threading
import queue
q = queue.Queue()
consumed = []
def producer():
    for i in range(10):
        q.put(i * i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        consumed.append(item)
p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
print("consumed:", consumed)
print("queue empty:", q.empty(), "size:", q.qsize())
ready = threading.Event()
log = []
def waiter():
    ready.wait()
    log.append("waiter saw event")
w = threading.Thread(target=waiter)
w.start()
print("event set?", ready.is_set())
ready.set()
w.join()
print(log, "event set?", ready.is_set())
cond = threading.Condition()
turn = [0]
order = []
def player(idx, rounds, nplayers):
    for r in range(rounds):
        with cond:
            while turn[0] % nplayers != idx:
                cond.wait()
            order.append(f"p{idx}r{r}")
            turn[0] += 1
            cond.notify_all()
players = [threading.Thread(target=player, args=(i, 3, 3)) for i in range(3)]
for t in players:
    t.start()
for t in players:
    t.join()
print(order)
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()
def limited():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        with guard:
            inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak within limit:", peak[0] <= 2, "inside now:", inside[0])
results = queue.Queue()
def compute(n):
    results.put((n, sum(range(n))))
ws = [threading.Thread(target=compute, args=(n,)) for n in (10, 100, 1000)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print(sorted(results.get() for _ in range(3)))
