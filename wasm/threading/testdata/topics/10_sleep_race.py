# Topic 10, time.sleep exposing a race: check-then-act on a shared ticket counter. Each buyer
# sees one ticket left, sleeps, and then both take it: the counter goes below zero.
import threading
import time

tickets = 1
sold = []

def buy(name, pause):
    global tickets
    if tickets > 0:         # check
        time.sleep(pause)   # the other buyer checks now
        tickets -= 1        # act
        sold.append(name)

buyers = [threading.Thread(target=buy, args=(n, p)) for n, p in (("ann", 0.1), ("bob", 0.2))]
for b in buyers:
    b.start()
for b in buyers:
    b.join()
print("sold to", sorted(sold), "tickets left:", tickets)
