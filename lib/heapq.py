# heapq, written from its documentation: a heap is a list with
# heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2], its smallest item at heap[0].
# A pop moves the last item to the root and sifts it with the documented
# "bottom-up" method (the hole at the root follows the smaller child down to a
# leaf, then the moved item climbs back to its place), the method CPython uses,
# so every list order after an operation is CPython's. Only `<` is used.


def _check_list(heap, name, what="argument"):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() {what} must be list, not {type(heap).__name__}")


def _climb(heap, top, pos):
    # Moves heap[pos] up towards index `top` while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Re-establishes the invariant below `pos`: the hole at `pos` takes the smaller
    # child until it reaches a leaf, where the displaced item goes and climbs back.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _climb(heap, top, pos)


def heappush(heap, item):
    _check_list(heap, "heappush", "argument 1")
    heap.append(item)
    _climb(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    _check_list(heap, "heapreplace", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    _check_list(heap, "heappushpop", "argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    _check_list(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _sink(x, i)


def nsmallest(n, iterable, key=None):
    # The documentation's equivalent, which the results match exactly (ties keep
    # their order in the input).
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    # Lazily merges sorted inputs: one item is read from each input up front, in
    # order, then, after each item is yielded, one more from the input it came from.
    # Each heap entry is [sort key, input number (ties go to the earlier input),
    # item, next function]; for inputs sorted in descending order the sort key is
    # wrapped so that `<` compares it the other way round.
    def sort_key(item):
        k = item if key is None else key(item)
        return _Descending(k) if reverse else k

    entries = []
    for number, it in enumerate(map(iter, iterables)):
        advance = it.__next__
        try:
            item = advance()
        except StopIteration:
            continue
        entries.append([sort_key(item), number, item, advance])
    heapify(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        try:
            item = top[3]()
        except StopIteration:
            heappop(entries)
            continue
        top[0] = sort_key(item)
        top[2] = item
        _sink(entries, 0)
    if entries:
        _, _, item, advance = entries[0]
        yield item
        while True:
            try:
                item = advance()
            except StopIteration:
                return
            yield item


class _Descending:
    # A sort key ordered the other way round: `a < b` is `b.value < a.value`.
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return other.value < self.value

    def __eq__(self, other):
        return self.value == other.value
