# Topic 1, race conditions: a deposit and a withdrawal both read the balance before either writes
# it back; time.sleep widens the window on purpose, so the deposit is lost every time.
import threading
import time

balance = 0

def change(delta, pause):
    global balance
    seen = balance          # read
    time.sleep(pause)       # the other thread runs here
    balance = seen + delta  # write: overwrites the other thread's update

deposit = threading.Thread(target=change, args=(100, 0.1), name="deposit")
withdraw = threading.Thread(target=change, args=(-100, 0.2), name="withdraw")
deposit.start()
withdraw.start()
deposit.join()
withdraw.join()
print("balance:", balance, "(should be 0)")
