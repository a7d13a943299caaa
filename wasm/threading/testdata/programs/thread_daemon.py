# Thread: daemon flags, inheritance, and a daemon thread does not keep the program alive
import threading
import time

print(threading.current_thread().daemon)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
inherited = []

def child_of_daemon():
    inherited.append(threading.Thread(target=lambda: None).daemon)

p = threading.Thread(target=child_of_daemon, daemon=True)
p.start()
p.join()
print("created in a daemon thread:", inherited)
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

def forever():
    while True:
        time.sleep(1)

f = threading.Thread(target=forever, daemon=True)
f.start()
print("main ends; the daemon does not keep the program alive")
