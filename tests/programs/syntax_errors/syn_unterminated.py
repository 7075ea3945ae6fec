# checks that genpy runs this program (syn_unterminated, from the first differential-testing corpus) exactly as CPython 3.11 does
s = "abc
