# Topic 6, Event: runners wait at the start line until the starter sets the flag; all wake at once.
import threading
import time

start = threading.Event()
finished = []
lock = threading.Lock()

def runner(name, seconds):
    start.wait()
    time.sleep(seconds)
    with lock:
        finished.append(name)

runners = [threading.Thread(target=runner, args=(n, s)) for n, s in [("ann", 0.3), ("bob", 0.1), ("cy", 0.2)]]
for t in runners:
    t.start()
print("flag before:", start.is_set())
start.set()
for t in runners:
    t.join()
print("finish order:", finished)
print("wait(0.1) on a new event:", threading.Event().wait(0.1))
