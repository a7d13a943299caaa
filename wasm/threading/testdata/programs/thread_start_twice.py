# cpython: stdout
# Thread: a thread can be started only once
import threading

t = threading.Thread(target=lambda: None)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)

class NoInit(threading.Thread):
    def __init__(self):
        pass

try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
