# cpython: stdout
# a Python __exit__ that blocks while an exception is leaving the with block
import threading
import time

lock = threading.Lock()
log = []

class Guard:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        with lock:
            log.append((kind.__name__, value.args[0]) if kind else None)
        return kind is ValueError

def work(n):
    with Guard():
        if n == 2:
            raise KeyError(n)
        raise ValueError(n)

threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
with lock:
    for t in threads:
        t.start()
    time.sleep(0.1)
for t in threads:
    t.join()
print(sorted(log))
