# as_completed: futures in the order they finish
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import time

def nap(x):
    time.sleep(x)
    return x

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = {ex.submit(nap, d): d for d in (0.3, 0.1, 0.2)}
    print([f.result() for f in as_completed(fs)])
    fs = [ex.submit(nap, d) for d in (0.05, 2)]
    try:
        for f in as_completed(fs, timeout=0.5):
            print("finished:", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    done = ex.submit(nap, 0)
    done.result()
    print([f.result() for f in as_completed([done, done])])
