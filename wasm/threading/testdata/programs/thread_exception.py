# cpython: stdout
# Thread: an exception in a thread is reported by threading.excepthook; the program goes on
import threading

def fail():
    raise KeyError("missing")

t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("main goes on; alive:", t.is_alive())
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=fail, name="hooked")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__
