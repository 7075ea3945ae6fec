from . import numbers
from .. import core

@core.stage
def upper_words(lines):
    for line in lines:
        yield from (w.upper() for w in line.split())
