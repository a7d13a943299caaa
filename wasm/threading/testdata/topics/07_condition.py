# Topic 7, Condition: producer/consumer over a bounded buffer; wait in a while loop, notify.
import threading

buffer = []
CAPACITY = 2
cond = threading.Condition()
eaten = []

def producer():
    for i in range(8):
        with cond:
            while len(buffer) == CAPACITY:
                cond.wait()
            buffer.append(i)
            cond.notify_all()
    with cond:
        while len(buffer) == CAPACITY:
            cond.wait()
        buffer.append(None)
        cond.notify_all()

def consumer():
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            break
        eaten.append(item)

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(eaten)
with cond:
    print("wait_for with a timeout:", cond.wait_for(lambda: len(buffer) > 0, timeout=0.1))
