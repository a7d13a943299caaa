# try/except/else/finally: execution order, finally with return, break/continue through finally, bare re-raise
def attempt(x):
    print("start", x)
    try:
        print("  try")
        r = 10 / x
        print("  computed", r)
    except ZeroDivisionError as e:
        print("  except", e)
        r = None
    else:
        print("  else")
    finally:
        print("  finally")
    print("end", x)
    return r
print(attempt(2))
print(attempt(0))
def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(finally_overrides())
def finally_return_wins():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_return_wins())
for i in range(3):
    try:
        if i == 1:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)
for i in range(3):
    try:
        if i == 0:
            continue
        print("continue-loop body", i)
    finally:
        print("continue-loop finally", i)
def reraise():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer caught:", e)
