# Topic 3, Lock: the bank account. With the lock around every read-modify-write the balance
# always ends right, whichever thread goes first.
import threading

class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def change(self, delta, times):
        for _ in range(times):
            with self.lock:
                self.balance += delta

account = Account()
threads = [threading.Thread(target=account.change, args=(100, 20)),
           threading.Thread(target=account.change, args=(-100, 20))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", account.balance)

# try/finally releases the lock even when the work fails
lock = threading.Lock()
def risky():
    lock.acquire()
    try:
        raise ValueError("failed while holding the lock")
    finally:
        lock.release()
try:
    risky()
except ValueError as e:
    print(e, "- lock still free:", not lock.locked())
