# Uncaught exception raised with `from None`: the original KeyError context is suppressed
class UnknownCommand(Exception):
    pass
COMMANDS = {"start": 1, "stop": 2}
def lookup(cmd):
    try:
        return COMMANDS[cmd]
    except KeyError:
        raise UnknownCommand(f"no such command: {cmd}") from None
print(lookup("start"), lookup("stop"))
try:
    lookup("jump")
except UnknownCommand as e:
    print("caught:", e, e.__cause__, e.__suppress_context__, repr(e.__context__))
def dispatch(cmd):
    code = lookup(cmd)
    return code * 10
print(dispatch("stop"))
dispatch("pause")
