# sys.exit("message"): message goes to stderr and exit status is 1; earlier SystemExits were caught
import sys
print("about to exit with a message")
for arg in [0, 5, None, "text"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit:", repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.stdout.flush()
sys.exit("fatal: configuration file not found")
print("not reached")
