# checks time.sleep's argument errors (genpy panicked on NaN, infinity and huge
# lengths) and that a short sleep still returns None
import time

for length in (float("nan"), -1, -0.5, float("inf"), 1e300, 9.3e9, 2**63, 10**10):
    try:
        time.sleep(length)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(time.sleep(0), time.sleep(0.001))
