import traceback, sys
def inner(): raise ValueError("x")
def outer(): inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print("".join(traceback.format_exception(type(e), e, tb.tb_next)))
    print("".join(traceback.format_exception(type(e), e, tb.tb_next.tb_next)))
    print("".join(traceback.format_exception(type(e), e, None)))
    print("".join(traceback.TracebackException(type(e), e, tb.tb_next).format()))
    print("".join(traceback.format_exception(e)))
