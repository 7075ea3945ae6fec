# statistics, written from its documentation: averages (mean, fmean, median and its
# low/high variants, mode, multimode), spread (variance, pvariance, stdev, pstdev) and
# quantiles, for int and float data. As in CPython, sums are exact (each value as a
# ratio of integers) and the result is rounded once, so the last digit matches;
# stdev's square root is correctly rounded too. Fractions and Decimals are not
# supported (genpy has neither).

import math as _math
from collections import Counter as _Counter
from collections import namedtuple as _namedtuple

__all__ = [
    "StatisticsError",
    "correlation",
    "covariance",
    "fmean",
    "geometric_mean",
    "harmonic_mean",
    "linear_regression",
    "mean",
    "median",
    "median_high",
    "median_low",
    "mode",
    "multimode",
    "pstdev",
    "pvariance",
    "quantiles",
    "stdev",
    "variance",
]


class StatisticsError(ValueError):
    """Raised for data a statistic is not defined on (too few points)."""


def _exact_ratio(x):
    # (numerator, denominator) of x, or (x, None) for an infinity or a NaN.
    if type(x) is float and not _math.isfinite(x):
        return x, None
    if isinstance(x, int):
        return int(x), 1
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError(
            "can't convert type '%s' to numerator/denominator" % type(x).__name__
        ) from None


def _coerce(t, s):
    # The type a statistic of values of types t and s is given in.
    if t is s or s is int or s is bool:
        return t
    if t is int or t is bool:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _ratio(n, d):
    # n/d in lowest terms with a positive denominator.
    g = _math.gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g


def _add(a, b):
    return _ratio(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _div(a, k):
    # The ratio a divided by the integer k.
    return _ratio(a[0], a[1] * k)


def _ratios(data):
    # The data's type (after coercion), its values as ratios, and the sum of its
    # non-finite values (None when all are finite).
    kind = int
    ratios = []
    special = None
    for x in data:
        kind = _coerce(kind, type(x))
        n, d = _exact_ratio(x)
        if d is None:
            special = n if special is None else special + n
        else:
            ratios.append((n, d))
    return kind, ratios, special


def _sum(data):
    # (type, exact total as a ratio or a non-finite float, count).
    kind, ratios, special = _ratios(data)
    count = len(ratios) + (0 if special is None else 1)
    if special is not None:
        return kind, special, count
    total = (0, 1)
    for r in ratios:
        total = _add(total, r)
    return kind, total, count


def _convert(value, kind):
    # The exact ratio value given as a number of the data's type: an int when the
    # data are ints and the value is whole, else a correctly rounded float.
    if isinstance(value, float):
        return value
    n, d = value
    if kind is float or d != 1:
        return n / d
    return kind(n)


def _count_and_ss(data, xbar):
    # (type, sum of squared deviations as a ratio or non-finite float, count).
    if xbar is not None:
        kind, ss, count = _sum([(x - xbar) * (x - xbar) for x in data])
        return kind, ss, count
    kind, ratios, special = _ratios(data)
    count = len(ratios) + (0 if special is None else 1)
    if special is not None:
        return kind, special, count
    sx = (0, 1)
    sxx = (0, 1)
    for n, d in ratios:
        sx = _add(sx, (n, d))
        sxx = _add(sxx, (n * n, d * d))
    if count == 0:
        return kind, (0, 1), 0
    # (count * sxx - sx**2) / count, over the common denominator.
    (a, b), (c, d) = sxx, sx
    ss = _ratio(count * a * d * d - c * c * b, b * d * d * count)
    return kind, ss, count


def mean(data):
    """The arithmetic mean of the data, computed exactly and rounded once."""
    kind, total, n = _sum(list(data))
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    if isinstance(total, float):
        return total / n
    return _convert(_div(total, n), kind)


def fmean(data, weights=None):
    """The mean of the data as a float, by math.fsum (weighted if weights are
    given)."""
    data = list(data)
    n = len(data)
    if weights is None:
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return _math.fsum(data) / n
    weights = list(weights)
    num = _math.fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def _sorted_nonempty(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = _sorted_nonempty(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    data = _sorted_nonempty(data)
    n = len(data)
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    data = _sorted_nonempty(data)
    return data[len(data) // 2]


def mode(data):
    """The most common value (the first one seen among equally common ones)."""
    pairs = _Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    """The most common values, in the order they were first seen."""
    counts = _Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _spread(data, xbar, name, sample):
    # (type, the exact variance as a ratio or non-finite float).
    kind, ss, n = _count_and_ss(list(data), xbar)
    least = 2 if sample else 1
    if n < least:
        raise StatisticsError(
            "%s requires at least %s data point%s"
            % (name, "two" if sample else "one", "s" if sample else "")
        )
    divisor = n - 1 if sample else n
    if isinstance(ss, float):
        return kind, ss / divisor
    return kind, _div(ss, divisor)


def variance(data, xbar=None):
    """The sample variance (divided by n - 1), exact then rounded once."""
    kind, v = _spread(data, xbar, "variance", True)
    return _convert(v, kind)


def pvariance(data, mu=None):
    """The population variance (divided by n), exact then rounded once."""
    kind, v = _spread(data, mu, "pvariance", False)
    return _convert(v, kind)


def _sqrt_ratio(v):
    # The correctly rounded float square root of the non-negative ratio v: an
    # integer square root with enough extra bits, rounded to odd, then one
    # division.
    if isinstance(v, float):
        return _math.sqrt(v)
    n, m = v
    extra = 2 * 53 + 3
    q = (n.bit_length() - m.bit_length() - extra) // 2
    if q >= 0:
        return _isqrt_odd(n, m << (2 * q)) << q
    return _isqrt_odd(n << (-2 * q), m) / (1 << -q)


def _isqrt_odd(n, m):
    # The integer square root of n/m, its last bit set when it is inexact.
    a = _math.isqrt(n // m)
    return a | (a * a * m != n)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of variance, correctly
    rounded."""
    kind, v = _spread(data, xbar, "stdev", True)
    return float(_sqrt_ratio(v))


def pstdev(data, mu=None):
    """The population standard deviation: the square root of pvariance, correctly
    rounded."""
    kind, v = _spread(data, mu, "pstdev", False)
    return float(_sqrt_ratio(v))


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing the data into n intervals of equal
    probability, by linear interpolation ('exclusive' or 'inclusive')."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


def geometric_mean(data):
    """The geometric mean of positive data, as a float (exp of the mean log)."""
    try:
        return _math.exp(fmean(_math.log(x) for x in data))
    except ValueError:
        raise StatisticsError(
            "geometric mean requires a non-empty dataset containing positive numbers"
        ) from None


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean of non-negative data; 0 when a value with a
    non-zero weight is 0."""
    data = list(data)
    negative = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float)):
            raise TypeError("unsupported type")
        if x < 0:
            raise StatisticsError(negative)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        if any(w < 0 for w in weights):
            raise StatisticsError(negative)
        sum_weights = _sum(weights)[1]
    terms = []
    for w, x in zip(weights, data):
        if x < 0:
            raise StatisticsError(negative)
        if w and not x:
            return 0
        terms.append(w / x if w else 0)
    kind, total, count = _sum(terms)
    if isinstance(total, float):
        return _convert(sum_weights, int) / total
    if total[0] <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(_ratio(sum_weights[0] * total[1], sum_weights[1] * total[0]), kind)


def _pair(x, y, what):
    # The length of two data sets of the same length of at least two points.
    n = len(x)
    if len(y) != n:
        raise StatisticsError(
            "%s requires that both inputs have same number of data points" % what
        )
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return n


def _deviation_sums(x, y, n):
    # Means of x and y, the sum of products of their deviations and the sums of
    # squares of the deviations of x and of y (each by math.fsum).
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    return xbar, ybar, sxy, sxx, syy


def covariance(x, y, /):
    """The sample covariance of two data sets."""
    n = _pair(x, y, "covariance")
    sxy = _deviation_sums(x, y, n)[2]
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two data sets."""
    n = _pair(x, y, "correlation")
    _, _, sxy, sxx, syy = _deviation_sums(x, y, n)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


LinearRegression = _namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """The least-squares line y = slope * x + intercept (through the origin when
    proportional)."""
    n = _pair(x, y, "linear regression")
    if proportional:
        sxy = _math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _math.fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy, sxx, _ = _deviation_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant") from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
