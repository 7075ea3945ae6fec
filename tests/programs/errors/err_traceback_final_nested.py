# checks that genpy runs this program (err_traceback_final_nested, from the second differential-testing corpus) exactly as CPython 3.11 does
class Resource:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("exit failed")
def work():
    with Resource():
        raise KeyError("inner")
work()
