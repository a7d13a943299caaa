# Thread: join before start and join of the current thread are errors
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("before start:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("current thread:", e)
errors = []

def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))

t2 = threading.Thread(target=self_join)
t2.start()
t2.join()
print("in a thread:", errors)
t.start()
t.join()
print("join twice is fine:", t.join() is None, t.is_alive())
