# queue and concurrent.futures: argument errors read as CPython's (methods written in Python there)
import concurrent.futures as cf
import logging
import queue

tests = [
    lambda: queue.Queue().put(),
    lambda: queue.Queue().get(1, 2, 3),
    lambda: queue.Queue().put(1, foo=2),
    lambda: queue.Queue().put(1, item=1),
    lambda: queue.LifoQueue().put(1, 2, 3, 4),
    lambda: queue.SimpleQueue().put(),
    lambda: queue.Queue(1, 2),
    lambda: queue.Queue().task_done(1),
    lambda: queue.Queue().qsize(1),
    lambda: queue.Queue().get(timeout="x"),
    lambda: queue.Queue().put_nowait(),
    lambda: cf.Future().result(1, 2),
    lambda: cf.Future().result(timeout="x"),
    lambda: cf.Future(1),
    lambda: cf.Future().set_result(),
    lambda: cf.Future().add_done_callback(),
    lambda: cf.Future().cancel(1),
    lambda: cf.ThreadPoolExecutor(initializer=5),
    lambda: cf.ThreadPoolExecutor(max_workers=-1),
    lambda: cf.wait([1]),
    lambda: logging.basicConfig(foo=1),
    lambda: logging.getLogger(5),
    lambda: logging.getLogger("x").setLevel("BAD"),
    lambda: logging.getLogger("x").setLevel(None),
    lambda: logging.log("x", "msg"),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
