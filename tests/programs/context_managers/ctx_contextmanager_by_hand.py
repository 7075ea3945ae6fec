# checks that genpy runs this program (ctx_contextmanager_by_hand, from the second differential-testing corpus) exactly as CPython 3.11 does
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(et, ev, tb)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def contextmanager(fn):
    def helper(*a, **k):
        return GeneratorCM(fn(*a, **k))
    return helper
@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r}")
    finally:
        log.append(f"</{name}>")
log = []
with tag("a", log) as A:
    with tag("b", log) as B:
        log.append(A + B)
with tag("c", log):
    raise KeyError("k")
try:
    with tag("d", log):
        raise ValueError("v")
except ValueError as e:
    log.append(f"outside {e}")
print(log)
