# statistics differential: random data (huge ints, tiny and huge floats, mixed ints
# and floats, rounded gaussians) through every average, spread and quantiles.
import random
import statistics as st
rng = random.Random(3)
for t in range(120):
    k = rng.randint(1, 9)
    kind = rng.random()
    if kind < 0.3:
        d = [rng.randint(-10**rng.randint(1, 25), 10**rng.randint(1, 25)) for _ in range(k)]
    elif kind < 0.6:
        d = [rng.choice([rng.random(), rng.randint(-5, 5), rng.uniform(-1e10, 1e10), rng.random() * 1e-300]) for _ in range(k)]
    else:
        d = [round(rng.gauss(0, 1), rng.randint(0, 4)) for _ in range(k)]
    out = []
    for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev):
        try: out.append(repr(f(d)))
        except st.StatisticsError as e: out.append(str(e))
    try: out.append(repr(st.quantiles(d, n=rng.randint(2, 6), method=rng.choice(["exclusive", "inclusive"]))))
    except st.StatisticsError as e: out.append(str(e))
    print(d, out)
