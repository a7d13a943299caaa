# logging: basicConfig with a format naming the thread
import logging
import threading

logging.basicConfig(level=logging.DEBUG, format="%(threadName)s %(levelname)-8s %(message)s")

def worker(n):
    logging.debug("working on %d", n)

threads = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(3)]
for t in threads:
    t.start()
    t.join()
logging.info("all done")
logging.basicConfig(level=logging.ERROR, format="ignored: root already has a handler")
logging.info("still shown")
h = logging.StreamHandler()
h.setFormatter(logging.Formatter("{name}|{levelname}|{message}", style="{"))
log = logging.getLogger("braces")
log.addHandler(h)
log.propagate = False
log.warning("x=%s", 1)
