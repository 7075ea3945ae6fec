# checks that genpy runs this program (yield_in_comprehension, from the first differential-testing corpus) exactly as CPython 3.11 does
try:
    exec_ok = True
    def f():
        return [(yield x) for x in range(3)]
except SyntaxError as e:
    print("SyntaxError")
