# sys.exit(3): exit status 3, no traceback, finally blocks still run
import sys
def main():
    print("doing work")
    try:
        sys.exit(3)
    finally:
        print("cleanup in finally")
    print("not reached")
try:
    main()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
    print("re-raising", file=sys.stderr)
    raise
