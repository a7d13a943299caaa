# cpython: stdout
# queue: get/put timeouts and the non-blocking forms raise Empty and Full
import queue
import time

q = queue.Queue(maxsize=1)
start = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty as e:
    print("Empty after the timeout:", repr(e), str(e) == "", time.monotonic() - start >= 0.09)
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")
try:
    q.get(False)
except queue.Empty:
    print("get(False): Empty")
q.put("x")
try:
    q.put("y", timeout=0.05)
except queue.Full as e:
    print("Full after the timeout:", repr(e))
try:
    q.put_nowait("y")
except queue.Full:
    print("put_nowait: Full")
try:
    q.put("y", block=False)
except queue.Full:
    print("put(block=False): Full")
for call in (lambda: q.put("y", timeout=-1), lambda: queue.Queue().get(timeout=-1)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Empty.__name__)
print(q.get(timeout=1), q.get_nowait() if not q.empty() else "empty now")
q.get_nowait()
