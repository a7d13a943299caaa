# Event: set, clear, is_set, and wait returning at once when set
import threading

e = threading.Event()
print(e.is_set(), e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(5))
e.set()
print("set twice:", e.is_set())
e.clear()
print(e.is_set(), e.wait(0.01))
print(repr(e).startswith("<threading.Event at 0x"), repr(e).endswith(": unset>"))
e.set()
print(repr(e).endswith(": set>"))
