# checks that genpy runs this program (import_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
import numpy_not_here
