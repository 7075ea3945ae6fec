# Walking an exception's traceback objects: tb_next from the catching frame inward,
# tb_lineno, tb_frame.f_code; traceback.extract_tb and walk_tb over them.
import sys
import traceback


def parse(token):
    return int(token)


def parse_all(tokens):
    for t in tokens:
        yield parse(t)


def load(tokens):
    return sum(parse_all(tokens))


def frames(tb):
    while tb is not None:
        yield tb.tb_frame.f_code.co_name, tb.tb_lineno
        tb = tb.tb_next


try:
    load(["1", "2", "x"])
except ValueError as ex:
    print(list(frames(ex.__traceback__)))
    print(type(ex.__traceback__).__name__, type(ex.__traceback__.tb_frame).__name__)
    summary = traceback.extract_tb(ex.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in summary])
    print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2], limit=2)])
    print([fs.name for fs in traceback.extract_tb(ex.__traceback__, limit=-1)])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(ex.__traceback__)][1:])


def catch():
    try:
        load(["?"])
    except ValueError as e:
        return e


err = catch()
print(list(frames(err.__traceback__)), ValueError("fresh").__traceback__)
print(sys.exc_info())
