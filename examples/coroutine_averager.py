# A coroutine: a generator that receives values with send().
#
# `x = yield value` both hands a value out and takes one in. The averager
# keeps a running average in its local variables; the caller pushes numbers
# in with send() and gets the new average back each time. Closing it
# (close()) raises GeneratorExit inside, which lets it report before it ends.


def averager():
    total = 0.0
    count = 0
    average = None
    try:
        while True:
            value = yield average
            total += value
            count += 1
            average = total / count
    except GeneratorExit:
        print(f"averager closed after {count} values")


avg = averager()
next(avg)  # "prime" it: run to the first yield, which yields None
for reading in [10, 20, 30, 5, 85]:
    print(f"sent {reading:>3} -> average {avg.send(reading):.2f}")
avg.close()


# A coroutine that returns a result: `return` inside a generator puts the
# value into StopIteration, and `yield from` hands it to the caller.
def summarize():
    values = []
    while True:
        value = yield
        if value is None:
            return min(values), max(values), sum(values) / len(values)
        values.append(value)


def grouper(results, key):
    while True:
        results[key] = yield from summarize()


results = {}
for key, readings in [("morning", [3, 9, 6]), ("evening", [12, 4])]:
    group = grouper(results, key)
    next(group)
    for r in readings:
        group.send(r)
    group.send(None)  # ends summarize(); its result lands in results[key]
for key, (low, high, mean) in results.items():
    print(f"{key}: low {low}, high {high}, mean {mean:.1f}")
