# wait: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout
from concurrent import futures
import time

def nap(x):
    time.sleep(x)
    if x < 0.1:
        raise ValueError("too short")
    return x

with futures.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(nap, d) for d in (0.6, 0.2, 0.4)]
    done, not_done = futures.wait(fs, return_when=futures.FIRST_COMPLETED)
    print("first:", [f.result() for f in done], len(not_done))
    r = futures.wait(fs, timeout=0.05)
    print("timeout:", len(r.done), len(r.not_done))
    r = futures.wait(fs)
    print("all:", sorted(f.result() for f in r.done), r.not_done)
    fs = [ex.submit(nap, d) for d in (0.5, 0.05, 0.3)]
    done, not_done = futures.wait(fs, return_when=futures.FIRST_EXCEPTION)
    print("first exception:", [type(f.exception()).__name__ for f in done], len(not_done))
    print(futures.wait([]))
    print(futures.FIRST_COMPLETED, futures.FIRST_EXCEPTION, futures.ALL_COMPLETED)
