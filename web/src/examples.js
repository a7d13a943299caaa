// Starting points for the playground: small programs that show one idea each.

export const EXAMPLES = [
  {
    name: "A race on a shared balance",
    code: `import threading

balance = 0

def change(delta):
    global balance
    balance += delta      # a read, then a write

t1 = threading.Thread(target=change, args=(100,))
t2 = threading.Thread(target=change, args=(-100,))
t1.start()
t2.start()
t1.join()
t2.join()
print(balance)
`,
  },
  {
    name: "The same, with a lock",
    code: `import threading

balance = 0
lock = threading.Lock()

def change(delta):
    global balance
    with lock:
        balance += delta

t1 = threading.Thread(target=change, args=(100,))
t2 = threading.Thread(target=change, args=(-100,))
t1.start()
t2.start()
t1.join()
t2.join()
print(balance)
`,
  },
  {
    name: "Two locks, opposite orders (deadlock)",
    code: `import threading

a = threading.Lock()
b = threading.Lock()

def left():
    with a:
        with b:
            print("left has both")

def right():
    with b:
        with a:
            print("right has both")

t1 = threading.Thread(target=left)
t2 = threading.Thread(target=right)
t1.start()
t2.start()
t1.join()
t2.join()
`,
  },
  {
    name: "Producer and consumer (Condition)",
    code: `import threading

items = []
ready = threading.Condition()

def producer():
    for i in range(3):
        with ready:
            items.append(i)
            ready.notify()

def consumer():
    for _ in range(3):
        with ready:
            while not items:
                ready.wait()
            print("got", items.pop(0))

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
`,
  },
  {
    name: "Sleeping threads (virtual time)",
    code: `import threading
import time

done = threading.Event()

def slow():
    time.sleep(0.5)
    print("slow is done")
    done.set()

def waiter():
    if done.wait(timeout=0.2):
        print("waited enough")
    else:
        print("gave up after 0.2 s")

threading.Thread(target=slow).start()
threading.Thread(target=waiter).start()
`,
  },
];
