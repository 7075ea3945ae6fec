# statistics' StatisticsError messages; the last one is uncaught.
import statistics

cases = [
    (statistics.mean, []), (statistics.fmean, []), (statistics.median, []),
    (statistics.median_low, []), (statistics.median_high, []), (statistics.mode, []),
    (statistics.variance, [1]), (statistics.stdev, [2.5]), (statistics.pvariance, []),
    (statistics.pstdev, []), (statistics.quantiles, [1]),
]
for f, data in cases:
    try:
        f(data)
    except statistics.StatisticsError as e:
        print(f.__name__, "->", e)
print(statistics.multimode([]), statistics.variance([1, 3, 5]), statistics.pvariance([2, 4]))
print(statistics.mean([1, 2, 3]), statistics.mean([1, 2]), statistics.mean([True, True]))
print(statistics.median([1, 3, 2, 4]), statistics.median([2, 4]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
statistics.variance([])
