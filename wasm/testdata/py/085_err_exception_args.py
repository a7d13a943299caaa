# Uncaught exceptions with unusual args: multiple args, no args, non-string args (last one uncaught)
import sys
class Detailed(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
for exc in [ValueError(), ValueError("a", 2), KeyError(("tuple", "key")), TypeError("x", None), Exception(None), Detailed(404, "gone")]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise Detailed(500, "boom")
except Detailed as d:
    print("code", d.code, "args", d.args)
print("raising now", file=sys.stderr)
raise LookupError("first arg", 2, [3])
