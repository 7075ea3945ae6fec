# checks that genpy runs this program (gen_lazy_interleave, from the first differential-testing corpus) exactly as CPython 3.11 does
def source():
    for i in range(3):
        print(f"source yields {i}")
        yield i
def stage1(it):
    for x in it:
        print(f"stage1 got {x}")
        yield x * 10
def stage2(it):
    for x in it:
        print(f"stage2 got {x}")
        yield x + 1
for v in stage2(stage1(source())):
    print("consumer", v)
