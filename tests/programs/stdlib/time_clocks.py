# The clocks of time (only their types and orderings are printed) and sleep.
import time

a, b = time.monotonic(), time.monotonic()
print(type(a).__name__, b >= a)
n1, n2 = time.perf_counter_ns(), time.perf_counter_ns()
print(type(n1).__name__, n2 >= n1, type(time.perf_counter()).__name__)
print(type(time.monotonic_ns()).__name__, type(time.time_ns()).__name__)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0, time.time() > 1.6e9)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
start = time.perf_counter()
time.sleep(0.05)
elapsed = time.perf_counter() - start
print(elapsed >= 0.05, elapsed < 5)
start = time.monotonic()
time.sleep(0)
print(time.monotonic() - start < 5)
spent = time.process_time()
total = sum(i * i for i in range(20000))
print(total, time.process_time() >= spent)
now = time.time()
print(time.gmtime(now)[:3] == time.gmtime(int(now))[:3], time.localtime().tm_zone)
print(time.ctime() == time.asctime(), len(time.asctime()) == 24, time.strftime("%Y") == str(time.gmtime().tm_year))
for bad in [-1, float("nan"), "1"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
