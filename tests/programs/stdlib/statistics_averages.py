# statistics on ints, floats and random data: every average and spread, computed
# exactly and rounded once as CPython does, quantiles both ways, and the errors.
import statistics as st
import random
random.seed(5)
sets = [[1,2,3,4], [1,3,5], [2.5, 3.25, 5.5, 11.0, 0.1], [0.1]*7, [1e100, 1, -1e100, 3.3], [True, False, True], [5], [], [1.5, 2, 3]]
for _ in range(30):
    k = random.randint(2, 12)
    sets.append([random.random() * 100 for _ in range(k)])
    sets.append([random.randint(-50, 50) for _ in range(k)])
    sets.append([round(random.gauss(10, 3), 2) for _ in range(k)])
for d in sets:
    row = []
    for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.mode, st.multimode, st.stdev, st.pstdev, st.variance, st.pvariance, st.quantiles):
        try:
            row.append(repr(f(d)))
        except st.StatisticsError as e:
            row.append("SE:" + str(e))
    print(" ".join(row))
    if len(d) > 2:
        print(st.quantiles(d, n=10, method='inclusive'), st.variance(d, st.mean(d)), st.pstdev(d, 1.0), st.fmean(d, range(len(d))))
for bad in (lambda: st.quantiles([1,2], n=0), lambda: st.quantiles([1,2,3], method='x'), lambda: st.fmean([1], [1,2]), lambda: st.fmean([1,2],[0,0]), lambda: st.mean(['a'])):
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(st.mean([float('inf'), 1]), st.median([3, 1, 2.0]), st.mode("aabbbc"), st.multimode("aabbcc"), st.mean(iter([1, 2])))
print(issubclass(st.StatisticsError, ValueError))
