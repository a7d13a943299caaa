# cpython: stdout
# Barrier: when the action raises, the barrier breaks; the others get BrokenBarrierError
import threading

def action():
    raise ValueError("action failed")

b = threading.Barrier(2, action=action)
results = []

def worker():
    try:
        b.wait()
        results.append("passed")
    except threading.BrokenBarrierError:
        results.append("broken")
    except ValueError as e:
        results.append("ValueError " + str(e))

threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), b.broken)
