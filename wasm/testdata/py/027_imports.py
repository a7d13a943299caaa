# import / from-import / as with sys and time; __name__ guard; module attributes
import sys
import time as t
from sys import argv, maxsize as biggest
from time import sleep
import random, sys as system
print(type(sys).__name__, sys.__name__, t.__name__, system is sys)
print(biggest == sys.maxsize, biggest, sys.maxsize > 2**31)
print(len(argv), argv[0])
print(sys.version_info[0], sys.version_info[1] >= 8, sys.version_info >= (3, 8))
print(callable(t.time), callable(sleep), isinstance(t.time(), float))
start = t.time()
sleep(0.01)
elapsed = t.time() - start
print("slept at least 0.005s:", elapsed >= 0.005)
print(t.monotonic() <= t.monotonic(), isinstance(t.perf_counter(), float))
print(__name__, type(__name__))
def main():
    print("main() called because __name__ == '__main__'")
    return 0
if __name__ == "__main__":
    rc = main()
    print("rc =", rc)
else:
    print("imported, not run")
print(sys.byteorder in ("little", "big"), isinstance(sys.path, list), isinstance(sys.modules, dict))
print("sys" in sys.modules, "time" in sys.modules)
print(hasattr(sys, "exit"), hasattr(sys, "stdout"), hasattr(sys, "no_such_thing"))
print(sys.stdout is not None, sys.stderr is not None)
sys.stdout.write("written via sys.stdout.write\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
def local_import():
    import time
    return time.__name__
print(local_import())
import sys as s1, time as t1
print(s1 is sys, t1 is t)
print(sys.getrecursionlimit() > 100)
print(type(random.random()).__name__, callable(random.seed))
