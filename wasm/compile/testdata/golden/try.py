def f():
    try:
        g()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        print("type")
    except:
        raise
    else:
        print("else")
    finally:
        print("finally")
def h():
    try:
        return g()
    finally:
        cleanup()
def loop():
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            print(x)
def handler_return():
    try:
        g()
    except Exception as err:
        return err
def raises(e):
    raise ValueError("bad") from e
def finally_return():
    try:
        pass
    finally:
        return 1
