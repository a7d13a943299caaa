# Barrier: N threads meet; wait() returns a distinct index 0..N-1; phases repeat
import threading

b = threading.Barrier(3)
lock = threading.Lock()
indexes = []
phases = []

def worker(name):
    for phase in range(2):
        with lock:
            phases.append((phase, name))
        i = b.wait()
        with lock:
            indexes.append(i)

threads = [threading.Thread(target=worker, args=(n,)) for n in "abc"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indexes))
print("everyone finished phase 0 before anyone started phase 1:",
      all(p == 0 for p, _ in phases[:3]), sorted(phases[3:]))
print(b.parties, b.n_waiting, b.broken)
print(repr(b).startswith("<threading.Barrier at 0x"), repr(b).endswith(": waiters=0/3>"))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
