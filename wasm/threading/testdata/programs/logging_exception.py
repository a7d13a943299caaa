# logging.exception: the message, then the traceback of the exception being handled
import logging

def parse(s):
    return int(s)

try:
    parse("abc")
except ValueError:
    logging.exception("could not parse")
log = logging.getLogger("worker")
try:
    {}["k"]
except KeyError as e:
    log.error("lookup failed", exc_info=e)
log.warning("no exc_info")
