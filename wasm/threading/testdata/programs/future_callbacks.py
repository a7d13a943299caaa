# Future: add_done_callback, cancel, set_result/set_exception and their errors
from concurrent.futures import Future, ThreadPoolExecutor, CancelledError, InvalidStateError
import threading

f = Future()
log = []
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
print(repr(f).endswith("state=pending>"), f.done(), f.running())
f.set_result(42)
f.add_done_callback(lambda fut: log.append(("cb2 called at once", fut.result())))
print(log)
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).startswith("FINISHED: <Future at 0x"))
g = Future()
print("cancel pending:", g.cancel(), g.cancelled(), g.done(), repr(g).endswith("state=cancelled>"))
try:
    g.result()
except CancelledError as e:
    print("CancelledError", repr(e))
h = Future()
print(h.set_running_or_notify_cancel(), h.running(), h.cancel())
h.set_exception(KeyError("k"))
print(repr(h.exception()))
try:
    h.result()
except KeyError as e:
    print("KeyError", e)
with ThreadPoolExecutor(1) as ex:
    ev = threading.Event()
    results = []
    fut = ex.submit(ev.wait)
    fut.add_done_callback(lambda fut: results.append(threading.current_thread().name))
    ev.set()
print(results)
print(issubclass(CancelledError, Exception), CancelledError.__mro__[1].__name__)
