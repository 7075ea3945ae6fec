# checks that genpy runs this program (exc_hierarchy, from the second differential-testing corpus) exactly as CPython 3.11 does
class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")
class NotFound(AppError): code = 404
class Forbidden(AppError): code = 403
class Timeout(AppError, TimeoutError): code = 504
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return "nf " + str(e)
    except (Forbidden, Timeout) as e:
        return f"{type(e).__name__} {e} {isinstance(e, OSError)}"
    except AppError as e:
        return "app " + str(e)
    except Exception as e:
        return "other " + repr(e)
for e in [NotFound("page", detail="/x"), Forbidden("no"), Timeout("slow"), AppError("gen"), KeyError("k")]:
    print(handle(e))
print(Timeout.__mro__[1].__name__, [c.__name__ for c in Timeout.__mro__])
print(repr(NotFound("a")), NotFound("a").args)
