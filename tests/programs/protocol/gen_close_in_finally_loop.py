# checks that genpy runs this program (gen_close_in_finally_loop, from the first differential-testing corpus) exactly as CPython 3.11 does
log = []
def worker(name):
    try:
        while True:
            item = yield
            log.append(f"{name}:{item}")
    finally:
        log.append(f"{name} closed")
ws = [worker(n) for n in "ab"]
for w in ws: next(w)
for i in range(2):
    for w in ws: w.send(i)
for w in ws: w.close()
print(log)
