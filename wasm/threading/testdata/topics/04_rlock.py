# Topic 4, RLock: a method that holds the lock calls a helper that takes it again. With an
# RLock the owner may re-enter; each acquire needs its release.
import threading

class Inventory:
    def __init__(self):
        self.lock = threading.RLock()
        self.items = {}

    def add(self, name, n):
        with self.lock:
            self.items[name] = self.items.get(name, 0) + n

    def add_many(self, names):
        with self.lock:          # held here ...
            for name in names:
                self.add(name, 1)  # ... and taken again inside add

inv = Inventory()
threads = [threading.Thread(target=inv.add_many, args=(["apple", "pear"] * 3,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(inv.items)
try:
    inv.lock.release()
except RuntimeError as e:
    print("releasing a lock you do not own:", e)
