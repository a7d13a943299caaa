# Barrier: the action runs once per phase, in one of the threads, before anyone goes on
import threading

log = []
lock = threading.Lock()

def action():
    log.append("action")

b = threading.Barrier(3, action=action)

def worker():
    for _ in range(2):
        b.wait()
        with lock:
            log.append("passed")

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log[0], log[1:4].count("passed"), log[4], log[5:].count("passed"), len(log))
