# checks that genpy runs this program (exception_uncaught_context, from the first differential-testing corpus) exactly as CPython 3.11 does
try:
    {}["x"]
except KeyError:
    raise ValueError("while handling")
