# checks that genpy runs this program (exceptions_custom, from the first differential-testing corpus) exactly as CPython 3.11 does
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__(f"not found: {key}")
class Invalid(AppError):
    def __str__(self): return "invalid!"
for exc in [NotFound("x"), Invalid(1, 2), AppError(), ValueError("v")]:
    try:
        raise exc
    except NotFound as e:
        print("NF", e.key, e)
    except AppError as e:
        print("App", type(e).__name__, str(e), e.args, repr(e))
    except Exception as e:
        print("other", e)
try:
    try:
        raise NotFound("k")
    except AppError:
        raise
except Exception as e:
    print("reraised", e)
def f():
    raise Invalid()
try: f()
except (KeyError, AppError) as e: print("tuple catch", e)
e = None
try: 1/0
except ZeroDivisionError as e: pass
try: print(e)
except NameError as ne: print("e deleted:", ne)
