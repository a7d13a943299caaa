# Exception objects: args, str, repr, builtin hierarchy, custom classes, __cause__/__context__
e = ValueError("bad value", 42)
print(e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(ValueError("one")), str(KeyError("k")), str(KeyError()))
print(repr(Exception(1, "two", None)), str(Exception(1, "two")), str(IndexError(5)))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError), issubclass(LookupError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), issubclass(bool, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
class AppError(Exception):
    pass
class DatabaseError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed with code {code}")
        self.table = table
        self.code = code
class NotFound(DatabaseError):
    pass
try:
    raise NotFound("users", 404)
except AppError as err:
    print(type(err).__name__, "|", err, "|", err.table, err.code, "|", err.args)
    print(repr(err))
print(isinstance(NotFound("t", 1), Exception), [c.__name__ for c in NotFound.__mro__])
class WithStr(Exception):
    def __str__(self):
        return "custom message"
print(str(WithStr("ignored")), repr(WithStr("ignored")))
try:
    raise WithStr
except WithStr as w:
    print("raised class, got instance:", type(w).__name__, w.args)
for exc_type in (LookupError, ArithmeticError):
    for raiser in (lambda: {}["missing"], lambda: [][0], lambda: 1 // 0, lambda: int(float('inf'))):
        try:
            raiser()
        except exc_type as e:
            print(exc_type.__name__, "caught", type(e).__name__, e)
        except Exception as e:
            print(exc_type.__name__, "missed", type(e).__name__)
try:
    try:
        {}["a"]
    except KeyError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    print(repr(outer), "cause:", repr(outer.__cause__), "context:", repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as v:
    print(repr(v), "cause:", v.__cause__, "context:", repr(v.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as v:
    print(repr(v), v.__cause__, repr(v.__context__), v.__suppress_context__)
try:
    raise TypeError("a", "b")
except (ValueError, TypeError) as multi:
    print("tuple handler:", type(multi).__name__, multi.args, multi)
err = KeyError("x")
err.args = ("changed",)
print(err, err.args)
print(isinstance(StopIteration(), Exception), StopIteration(7).value)
try:
    raise Exception("base")
except BaseException as b:
    print("BaseException catches", repr(b))
