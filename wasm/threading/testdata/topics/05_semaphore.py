# Topic 5, Semaphore: a pool of 3 connections shared by 8 threads; never more than 3 in use.
import threading
import time

pool = threading.Semaphore(3)
lock = threading.Lock()
in_use = 0
peak = 0
served = []

def client(i):
    global in_use, peak
    with pool:
        with lock:
            in_use += 1
            peak = max(peak, in_use)
        time.sleep(0.1)         # use the connection
        with lock:
            in_use -= 1
            served.append(i)

threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak connections in use:", peak)
print("served:", sorted(served))
