# checks that genpy runs this program (import_forms, from the first differential-testing corpus) exactly as CPython 3.11 does
from math import sqrt as s, floor
import itertools, sys
import math as m
print(s(4), floor(2.5), m.ceil(1.1), type(itertools).__name__, sys.__name__)
try:
    import nonexistent_mod_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from itertools import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
