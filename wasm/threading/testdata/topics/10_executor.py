# Topic 10, ThreadPoolExecutor: "downloads" that sleep run three at a time; results come back
# in order with map, and as they finish with as_completed.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def download(name, seconds):
    time.sleep(seconds)
    return f"{name} ({seconds}s)"

jobs = [("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0.15)]
start = time.monotonic()
with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(download, [n for n, _ in jobs], [s for _, s in jobs])))
    futures = {pool.submit(download, n, s): n for n, s in jobs}
    for f in as_completed(futures):
        print("finished:", futures[f])
elapsed = time.monotonic() - start
print("faster than one after another (1.5 s):", elapsed < 1.2)
