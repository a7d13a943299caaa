# ThreadPoolExecutor: shutdown waits for the work; no submit after it; cancel_futures
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading
import time

done = []
ex = ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(lambda i=i: (time.sleep(0.01), done.append(i)))
ex.shutdown(wait=True)
print("all done at shutdown:", done)
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
queued = [ex.submit(print, "never runs") for _ in range(3)]
time.sleep(0.05)
print("first running:", first.running())
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in queued])
gate.set()
print(first.result())
try:
    queued[0].result()
except CancelledError as e:
    print("CancelledError", repr(e))
