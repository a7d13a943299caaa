# Uncaught exception chain with `raise ... from ...`: "The above exception was the direct cause"
class ConfigError(Exception):
    pass
def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing setting {key!r}") from exc
settings = {"host": "localhost", "debug": False}
print(read_setting(settings, "host"), read_setting(settings, "debug"))
try:
    read_setting(settings, "user")
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
print("now without a handler")
print(read_setting(settings, "port"))
print("not reached")
