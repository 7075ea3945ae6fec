# The traceback module on exception groups caught with except and except*:
# format_tb/print_tb/extract_tb of the group's own traceback, format_exception of a
# member, TracebackException with its exceptions, format_exc inside a handler.
import sys
import traceback


def validate(record):
    problems = []
    for field in ("id", "name"):
        try:
            if field not in record:
                raise KeyError(field)
        except KeyError as e:
            problems.append(e)
    if problems:
        raise ExceptionGroup(f"record {record.get('id', '?')} invalid", problems)


try:
    validate({"id": 7})
except* KeyError as eg:
    print(eg.message, eg.exceptions)
    print("".join(traceback.format_tb(eg.__traceback__)), end="")
    traceback.print_tb(eg.__traceback__, file=sys.stdout)
    print([(f.name, f.line) for f in traceback.extract_tb(eg.__traceback__)])
    print("".join(traceback.format_exception(eg.exceptions[0])), end="")
    print(traceback.format_exc().splitlines()[0])

try:
    validate({})
except ExceptionGroup as eg:
    te = traceback.TracebackException.from_exception(eg)
    print(str(te), len(te.exceptions), [str(m) for m in te.exceptions])
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()))
