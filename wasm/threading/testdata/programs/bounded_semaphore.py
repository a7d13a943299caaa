# cpython: stdout
# BoundedSemaphore: releasing more than acquired is a ValueError
import threading

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(repr(b).endswith(": value=2/2>"))
s = threading.Semaphore(2)
s.release()
print("a plain Semaphore lets it go:", repr(s).endswith(": value=3>"))
b.release()
