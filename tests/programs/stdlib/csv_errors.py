# csv errors: csv.Error's messages from the reader and the writer, and the
# TypeErrors of invalid dialect parameters
import csv

def attempt(label, f):
    try:
        result = f()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for kw in [dict(delimiter=""), dict(delimiter=",,"), dict(delimiter=None), dict(delimiter=1),
           dict(quotechar=""), dict(quotechar=1), dict(escapechar="ab"), dict(escapechar=1),
           dict(quoting=7), dict(quoting="a"), dict(quoting=True), dict(lineterminator=5),
           dict(foo=5), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(delimiter="", quotechar="", escapechar="xx", lineterminator=1, quoting="q"),
           dict(quotechar="", escapechar="xx", lineterminator=1),
           dict(quotechar="", lineterminator=1)]:
    attempt(repr(kw), lambda: csv.reader([], **kw).dialect.delimiter)

attempt("unknown dialect", lambda: csv.reader([], "nope"))
attempt("get_dialect", lambda: csv.get_dialect("nope"))
attempt("unregister", lambda: csv.unregister_dialect("nope"))
attempt("register name", lambda: csv.register_dialect(5))
attempt("register bad", lambda: csv.register_dialect("bad", delimiter=""))
print(csv.list_dialects())
attempt("not iterable", lambda: csv.reader(5))
attempt("no write", lambda: csv.writer(5))

for label, lines, kw in [
    ("eof strict", ['a,"b'], dict(strict=True)),
    ("eof lenient", ['a,"b'], {}),
    ("quote strict", ['a,"b"c'], dict(strict=True)),
    ("quote lenient", ['a,"b"c'], {}),
    ("bare cr", ["a,b\rc"], {}),
    ("nonnumeric", ["1,abc"], dict(quoting=csv.QUOTE_NONNUMERIC)),
    ("nonnumeric space", ["1, ,2"], dict(quoting=csv.QUOTE_NONNUMERIC)),
    ("not str", ["a,b", 5], {}),
    ("nul", ["a\0b"], {}),
    ("huge", ["a" * 200000], {}),
]:
    attempt(label, lambda: list(csv.reader(lines, **kw)))

r = csv.reader(['ok,1\n', 'bad,"x"y\n', 'after,2\n'], strict=True)
print(next(r), r.line_num)
attempt("bad line", lambda: next(r))
print(r.line_num, next(r), r.line_num)

class Sink:
    def write(self, s):
        return len(s)

for label, row, kw in [
    ("single empty", [""], dict(quoting=csv.QUOTE_NONE)),
    ("no escapechar", ["a,b"], dict(quoting=csv.QUOTE_NONE)),
    ("no doublequote", ['c"d'], dict(doublequote=False)),
    ("not iterable", 5, {}),
    ("None row", None, {}),
]:
    attempt(label, lambda: csv.writer(Sink(), **kw).writerow(row))

print(csv.Error.__mro__)
print(issubclass(csv.Error, Exception), csv.Error.__module__)

class Incomplete(csv.Dialect):
    delimiter = ";"

attempt("incomplete dialect", Incomplete)
attempt("base dialect", csv.Dialect)
attempt("reader type", lambda: type(csv.reader([]))())
attempt("writer type", lambda: type(csv.writer(Sink()))())
