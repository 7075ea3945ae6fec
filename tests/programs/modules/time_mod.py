# checks that genpy runs this program (time_mod, from the first differential-testing corpus) exactly as CPython 3.11 does
import time
t0 = time.time(); t1 = time.perf_counter(); time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() > t1, type(time.monotonic()).__name__)
