# logging records know their caller: %(module)s, %(filename)s, %(lineno)d and
# %(funcName)s from functions, methods, module level and a multi-line call, with
# stacklevel (counting only frames outside logging), LoggerAdapter and log().
import logging
import sys
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(module)s %(filename)s:%(lineno)d %(funcName)s: %(message)s")
log = logging.getLogger("x")
def work():
    log.info("not shown")
    log.warning("in work")
    logging.error("module-level in work")
    log.warning("stack 2", stacklevel=2)
    log.warning("stack 3", stacklevel=3)
    log.warning("stack 99", stacklevel=99)
def outer():
    work()
outer()
log.warning("top level")
a = logging.LoggerAdapter(log, {})
a.warning("adapter")
log.log(40, "log()")
class C:
    def m(self):
        log.critical("method %s",
                     "multi-line call")
C().m()
r = logging.makeLogRecord({"msg": "hi", "levelno": 5})
print(r.filename, r.module, r.lineno, r.funcName, repr(r.getMessage()))
h = logging.StreamHandler(sys.stdout)
rec = []
h.emit = lambda record: rec.append(record)
log.addHandler(h)
log.error("captured")
print(rec[0].funcName, rec[0].lineno, rec[0].module, repr(rec[0])[:20], rec[0].pathname == __file__)
