# statistics: geometric_mean, harmonic_mean (weighted too), covariance, correlation
# and linear_regression (and proportional) on random data, with their errors.
import random
import statistics as st
rng = random.Random(11)
for t in range(60):
    k = rng.randint(1, 8)
    x = [rng.choice([rng.randint(0, 20), rng.random() * 10, round(rng.uniform(0, 5), 2)]) for _ in range(k)]
    y = [xi * rng.uniform(0.5, 2) + rng.random() for xi in x]
    w = [rng.randint(0, 5) for _ in range(k)]
    out = []
    for f in (lambda: st.geometric_mean(x), lambda: st.harmonic_mean(x), lambda: st.harmonic_mean(x, w),
              lambda: st.covariance(x, y), lambda: st.correlation(x, y), lambda: st.linear_regression(x, y),
              lambda: st.linear_regression(x, y, proportional=True)):
        try: out.append(repr(f()))
        except st.StatisticsError as e: out.append("SE " + str(e))
    print(x, out)
for bad in ([], [0, 1], [-1, 2], [3]):
    for f in (st.geometric_mean, st.harmonic_mean):
        try: print(f(bad))
        except st.StatisticsError as e: print("SE", e)
for f in (st.covariance, st.correlation, st.linear_regression):
    for a, b in (([1, 2], [1]), ([1], [1]), ([2, 2, 2], [1, 2, 3]), ([1, 2, 3], [5, 5, 5])):
        try: print(f(a, b))
        except st.StatisticsError as e: print("SE", e)
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 2, 4]))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(lr, lr.slope, lr.intercept)
