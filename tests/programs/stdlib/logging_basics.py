# logging without configuration (the last-resort handler: the bare message on
# stderr), then basicConfig's default format, levels and their names, %-style args.
import logging
import sys


class Capture:
    # Shows what is written to stderr on stdout.
    def __init__(self, tag):
        self.tag = tag

    def write(self, s):
        print(self.tag, repr(s))

    def flush(self):
        pass


sys.stderr = Capture("stderr:")
app = logging.getLogger("app")
app.info("below WARNING: dropped")
app.warning("no handler anywhere: %s", "last resort")
app.error("errors too")
logging.warning("the module function configures the root logger %d", 1)
logging.info("INFO is below the root's WARNING")
logging.error("%s and %s", "two", "args")
logging.critical("dict args: %(user)s logged in", {"user": "ann"})
logging.log(logging.ERROR, "log() with a level")
print(logging.root.handlers)
print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName("ERROR"),
      logging.getLevelName(33), logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
logging.log(25, "a custom level (below WARNING, dropped)")
logging.root.setLevel(logging.DEBUG)
logging.log(25, "a custom level")
logging.debug("now debug shows")
logging.root.setLevel("INFO")
logging.debug("and now it does not")
print(logging.root.level, logging.root.getEffectiveLevel(), app.getEffectiveLevel())
print(app.isEnabledFor(logging.DEBUG), app.isEnabledFor(logging.INFO))
print(repr(app), repr(logging.root), logging.getLogger("root") is logging.root)
print(logging.getLogger() is logging.root, logging.getLogger("app") is app)
for bad in ("LOUD", 1.5):
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    app.log("ERROR", "a level must be an int")
except TypeError as e:
    print("TypeError", e)
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError", e)
logging.disable(logging.ERROR)
app.error("disabled")
app.critical("CRITICAL is above the disabled level")
logging.disable(logging.NOTSET)
app.error("enabled again")
logging.error("no exception being handled", exc_info=True)
print(sorted(logging.getLevelNamesMapping().items()))
