# cpython: skip
# Topic 9, deadlock: two threads take two locks in opposite orders. The sleep makes sure each
# holds its first lock before asking for the second. (CPython would hang; Lockstep reports it.)
import threading
import time

a = threading.Lock()
b = threading.Lock()

def left():
    with a:
        time.sleep(0.1)
        with b:
            print("left got both")

def right():
    with b:
        time.sleep(0.1)
        with a:
            print("right got both")

t1 = threading.Thread(target=left, name="left")
t2 = threading.Thread(target=right, name="right")
t1.start()
t2.start()
t1.join()
t2.join()
