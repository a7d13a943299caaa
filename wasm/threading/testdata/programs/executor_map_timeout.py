# ThreadPoolExecutor.map(timeout=...): TimeoutError when a result is late
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time

def nap(x):
    time.sleep(x)
    return x

with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for r in ex.map(nap, [0.01, 1.0], timeout=0.3):
            print("got", r)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
