# ThreadPoolExecutor: submit returns a Future; result() waits for it
from concurrent.futures import ThreadPoolExecutor
import threading
import time

def square(x):
    time.sleep(0.01)
    return x * x

with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futures])
    f = ex.submit(lambda a, b=0: a + b, 1, b=2)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    names = ex.submit(lambda: threading.current_thread().name).result()
    print(names.startswith("ThreadPoolExecutor-0_"))
print(repr(f).startswith("<Future at 0x"), repr(f).endswith("state=finished returned int>"))
with ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
