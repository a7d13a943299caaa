# Uncaught error: finally blocks and stderr writes happen before the traceback is printed
import sys
def risky(n):
    try:
        print("risky", n)
        if n == 2:
            raise RuntimeError(f"step {n} failed")
    finally:
        print("cleanup", n)
        print("stderr note", n, file=sys.stderr)
def outer():
    try:
        for n in range(4):
            risky(n)
    finally:
        print("outer finally")
print("begin")
outer()
print("not reached")
