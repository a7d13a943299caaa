# Exception objects: args, str and repr, attributes, custom classes.
e = ValueError("bad value")
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), repr(ValueError(1, "a")), str(ValueError(1, "a")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(isinstance(e, Exception), isinstance(e, BaseException), issubclass(KeyError, LookupError))
try:
    {}["missing"]
except KeyError as err:
    print("KeyError:", err, err.args)
try:
    [].pop()
except IndexError as err:
    print(type(err).__name__, err)

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return "not found: " + self.args[0]
try:
    raise NotFound(404, "page")
except AppError as err:
    print(err, repr(err), err.code, err.args, type(err).__name__)

class Plain(Exception):
    pass
p = Plain("a", 2)
print(p, repr(p), p.args)
p.extra = 1
print(p.extra, p.__dict__)

si = StopIteration(5)
print(si.value, si.args)
se = SystemExit(3)
print(se.code)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as outer:
    print(repr(outer.__cause__), outer.__context__ is outer.__cause__, outer.__suppress_context__)
err = RuntimeError("x")
err.args = ("y", "z")
print(err, err.args)
print(Exception("a") == Exception("a"), hash(ValueError) == hash(ValueError))
