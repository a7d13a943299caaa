# Exception flow, part 2: nested handlers, tuple handlers, hierarchy dispatch, name unbinding after except, generator finally, retry loops
def nested():
    try:
        try:
            [][1]
        except KeyError:
            print("wrong handler")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer handler:", e)
    finally:
        print("outer finally")
nested()
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError()]:
    print(which(exc))
try:
    pass
except Exception:
    print("never")
else:
    print("else after clean try")
e = "outer name"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    print("bound:", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen_cleanup():
    print("got", v)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        print("succeeded on try", count)
        break
    except ValueError as err:
        print("retry after", err)
