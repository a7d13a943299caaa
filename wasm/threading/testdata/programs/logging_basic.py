# logging: default WARNING level and format to stderr, %-args, loggers by name
import logging

logging.debug("hidden")
logging.info("hidden too")
logging.warning("disk at %d%%", 91)
logging.error("failed: %s", "timeout")
logging.critical("stop")
log = logging.getLogger("app.db")
log.warning("from a named logger")
log.setLevel(logging.DEBUG)
log.debug("now visible: %r", [1, 2])
print(logging.getLogger() is logging.root, logging.getLogger("app.db") is log)
print(log, logging.getLogger("app"), logging.root)
print(log.getEffectiveLevel(), logging.getLogger("other").getEffectiveLevel())
print(logging.getLevelName(logging.WARNING), logging.getLevelName(35), logging.DEBUG, logging.CRITICAL)
logging.log(logging.ERROR, "via log()")
logging.warning("dict args %(user)s", {"user": "ann"})
