# The parts of itertools genpy implements in Python, run into the itertools module at
# import (after the native count, islice, chain, repeat, takewhile and dropwhile).
# Each follows the "roughly equivalent" code of CPython's documentation; the public
# function checks its arguments and takes their iterators at the call, as CPython's
# constructors do (`pairwise(5)` is a TypeError at once), and the generator does the
# work.


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def _filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def _starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def _zip_longest(*args, fillvalue=None):
    iterators = list(args)
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def _product(*args, repeat=1):
    pools = list(args) * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class groupby:
    def __init__(self, iterable, key=None):
        if key is None:
            key = _identity
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def _identity(x):
    return x


def tee(iterable, n=2):
    it = iter(iterable)
    queues = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for q in queues:
                    q.append(value)
            yield mine.pop(0)

    return tuple(gen(q) for q in queues)


def _pairwise(iterator):
    for a in iterator:
        for b in iterator:
            yield a, b
            a = b
        return


def _r_arg(r):
    # The length argument of permutations and combinations.
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def cycle(iterable):
    return _cycle(iter(iterable))


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def zip_longest(*args, fillvalue=None):
    return _zip_longest(*[iter(it) for it in args], fillvalue=fillvalue)


def product(*args, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product(*[tuple(pool) for pool in args], repeat=repeat)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is not None and not isinstance(r, int):
        raise TypeError("Expected int as r")
    return _permutations(pool, len(pool) if r is None else _r_arg(r))


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_arg(r))


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _r_arg(r))


def pairwise(iterable):
    return _pairwise(iter(iterable))
