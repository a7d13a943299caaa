# cpython: skip
# Topic 9, deadlock: three dining philosophers each pick up the left fork, then the right one.
import threading
import time

forks = [threading.Lock() for _ in range(3)]

def philosopher(i):
    left, right = forks[i], forks[(i + 1) % 3]
    with left:
        time.sleep(0.1)
        with right:
            print("philosopher", i, "eats")

threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
