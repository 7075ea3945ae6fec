# The classic first generator: an infinite sequence of numbers.
#
# `infinite_sequence()` does not run when it is called: it returns a generator
# object. Each `next()` runs the body up to the next `yield`, hands out `num`,
# and freezes the function right there (locals and all) until the next call.
# The `while True` loop never ends, yet nothing hangs: the generator only
# computes a number when someone asks for one.
#
# Run it:  cargo run --release -- examples/infinite_sequence.py
# Prints:  0, 1 and 2, one per line.


def infinite_sequence():
    num = 0
    while True:
        yield num
        num += 1


gen = infinite_sequence()
print(next(gen))
print(next(gen))
print(next(gen))
