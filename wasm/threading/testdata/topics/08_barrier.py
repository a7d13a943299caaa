# Topic 8, Barrier: three workers finish each phase before any starts the next; the action
# runs once per phase.
import threading

log = []
lock = threading.Lock()
phase = [0]

def next_phase():
    phase[0] += 1

barrier = threading.Barrier(3, action=next_phase)

def worker(name):
    for _ in range(3):
        with lock:
            log.append((phase[0], name))
        barrier.wait()

threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b", "c")]
for t in threads:
    t.start()
for t in threads:
    t.join()
for p in range(3):
    print("phase", p, sorted(name for q, name in log if q == p))
print("phases done:", phase[0])
late = threading.Barrier(2, timeout=0.1)
try:
    late.wait()
except threading.BrokenBarrierError:
    print("nobody came: the barrier is broken:", late.broken)
