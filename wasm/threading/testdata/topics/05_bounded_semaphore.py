# Topic 5, BoundedSemaphore: a release without an acquire is caught as an error.
import threading

slots = threading.BoundedSemaphore(2)

def use_slot():
    with slots:
        pass

threads = [threading.Thread(target=use_slot) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
try:
    slots.release()         # one release too many
except ValueError as e:
    print("ValueError:", e)
plain = threading.Semaphore(2)
plain.release()             # a plain semaphore silently grows
print("plain semaphore now lets in", 3, "threads:", all(plain.acquire(False) for _ in range(3)))
