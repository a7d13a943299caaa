# Threads: an exception escaping a worker goes to threading.excepthook (custom hook); main continues
import sys
import threading
failures = []
def hook(args):
    failures.append(args.thread.name)
    print(f"thread {args.thread.name!r} failed: {args.exc_type.__name__}: {args.exc_value}", file=sys.stderr)
threading.excepthook = hook
def boom(n):
    print("worker starting", n)
    items = [1, 2, 3]
    return items[n]
t = threading.Thread(target=boom, args=(7,))
t.start()
t.join()
print("main continues after failed worker; alive:", t.is_alive())
ok = []
t2 = threading.Thread(target=lambda: ok.append(boom(1)), name="good")
t2.start()
t2.join()
print("good worker result:", ok)
t3 = threading.Thread(target=lambda: {}["missing"], name="bad-lookup")
t3.start()
t3.join()
print("failures:", failures)
