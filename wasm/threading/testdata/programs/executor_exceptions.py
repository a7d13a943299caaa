# cpython: stdout
# Future: exceptions propagate through result(); exception(); timeouts; TimeoutError is the builtin
import concurrent.futures as cf
import time

def fail():
    raise ValueError("bad input")

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(fail)
    try:
        f.result()
    except ValueError as e:
        print("result() raised:", e)
    print("exception():", repr(f.exception()))
    print(repr(f).endswith("state=finished raised ValueError>"))
    slow = ex.submit(time.sleep, 0.5)
    try:
        slow.result(timeout=0.05)
    except cf.TimeoutError as e:
        print("TimeoutError", repr(e), cf.TimeoutError is TimeoutError)
    try:
        slow.exception(timeout=0)
    except TimeoutError:
        print("exception(timeout=0) times out too")
    print(slow.result())
    f.result()
