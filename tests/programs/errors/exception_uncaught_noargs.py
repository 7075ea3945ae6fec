# checks that genpy runs this program (exception_uncaught_noargs, from the first differential-testing corpus) exactly as CPython 3.11 does
class Boom(Exception): pass
raise Boom
