# logging's hierarchy (dotted names, placeholders, propagation), handlers with
# their own levels, formatters in the three styles, filters, LoggerAdapter, extra.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)-8s|%(name)-12s|%(message)s"))
logging.root.addHandler(out)
logging.root.setLevel(logging.DEBUG)

pool = logging.getLogger("app.db.pool")
print(pool.parent is logging.root)
db = logging.getLogger("app.db")
app = logging.getLogger("app")
print(pool.parent.name, db.parent.name, app.parent.name, pool.getChild("x").name)
pool.debug("pool debug")
db.setLevel(logging.WARNING)
pool.info("filtered by app.db's level")
pool.warning("warning passes")
print(pool.getEffectiveLevel(), repr(pool), repr(db))

braces = logging.StreamHandler(sys.stdout)
braces.setFormatter(logging.Formatter("{name} says {message!r} at {levelno}", style="{"))
braces.addFilter(logging.Filter("app.db"))
app.addHandler(braces)
db.error("through both handlers")
app.error("app is not under app.db: only the root's handler")
app.propagate = False
app.critical("not propagated")
print(app.hasHandlers(), logging.getLogger("other").hasHandlers())

dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname: $message", style="$"))
dollar.setLevel(logging.ERROR)
app.addHandler(dollar)
app.warning("only the braces handler (filtered out there too)")
app.error("error for dollar")
app.removeHandler(braces)
app.removeHandler(braces)
app.error("braces removed")
print(app.handlers, repr(dollar))

adapter = logging.LoggerAdapter(app, {"user": "bob"})
who = logging.StreamHandler(sys.stdout)
who.setFormatter(logging.Formatter("[%(user)s] %(message)s"))
app.addHandler(who)
app.removeHandler(dollar)
adapter.warning("adapted %s", "call")
who.addFilter(lambda record: "secret" not in record.getMessage())
adapter.warning("a secret message")
adapter.warning("a public message")
print(repr(adapter), adapter.isEnabledFor(logging.DEBUG))
app.info("extra fields", extra={"user": "eve"})
try:
    app.info("x", extra={"message": "clash"})
except KeyError as e:
    print("KeyError", e)
defaults = logging.StreamHandler(sys.stdout)
defaults.setFormatter(logging.Formatter("%(tag)s %(message)s", defaults={"tag": "[d]"}))
logging.getLogger("plain").addHandler(defaults)
logging.getLogger("plain").propagate = False
logging.getLogger("plain").warning("with a default field")
null = logging.getLogger("lib")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("swallowed by NullHandler")
try:
    logging.Formatter("no fields here")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("%(message)s", style="?")
except ValueError as e:
    print("ValueError", e)
