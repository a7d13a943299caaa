# Topic 9, the fix: every thread takes the locks in one global order, so no deadlock.
import threading
import time

a = threading.Lock()
b = threading.Lock()
done = []

def worker(name):
    with a:
        time.sleep(0.01)
        with b:
            done.append(name)

threads = [threading.Thread(target=worker, args=(n,)) for n in ("left", "right")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
got = a.acquire(timeout=0.1)
print("a timeout also avoids waiting forever:", got)
