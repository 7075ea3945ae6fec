# Helpers of unittest's messages: safe reprs, reprs shortened for long values, class
# names as test descriptions show them.

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def _elide(text, head, tail):
    # `text` with its middle replaced by a count of the characters left out, when
    # that makes it shorter.
    hidden = len(text) - head - tail
    if hidden > 12:
        return f"{text[:head]}[{hidden} chars]{text[len(text) - tail:]}"
    return text


def common_shorten_repr(*values):
    # The reprs of values for a "first != second" message; when one is longer than
    # 80 characters, their common beginning is elided, then the rest of each.
    reprs = [safe_repr(v) for v in values]
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    common = 0
    shortest = min(len(r) for r in reprs)
    while common < shortest and all(r[common] == reprs[0][common] for r in reprs):
        common += 1
    prefix = reprs[0][:common]
    room = _MAX_LENGTH - (longest - common) - 5 - 12
    if room > 5:
        prefix = _elide(prefix, 5, room)
        return tuple(prefix + r[common:] for r in reprs)
    prefix = _elide(prefix, 5, 5)
    return tuple(prefix + _elide(r[common:], _MAX_LENGTH - 39, 5) for r in reprs)


def count_differences(actual, expected):
    # (count in first, count in second, element) for each element whose counts differ,
    # in the order elements first appear.
    actual, expected = list(actual), list(expected)
    seen = []
    for elem in actual + expected:
        if elem not in seen:
            seen.append(elem)
    counts = [(actual.count(e), expected.count(e), e) for e in seen]
    return [c for c in counts if c[0] != c[1]]
