# ThreadPoolExecutor: threads start lazily, one per submit while none is idle, up to max_workers
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=3)
print("no thread yet:", threading.active_count())
fs = [ex.submit(gate.wait) for _ in range(5)]
print("three workers for five tasks:", threading.active_count() - 1, len(ex._threads))
gate.set()
for f in fs:
    f.result()
print(sorted(t.name for t in ex._threads))
ex.shutdown()
print("after shutdown:", threading.active_count())
