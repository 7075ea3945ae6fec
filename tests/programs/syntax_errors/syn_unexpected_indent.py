# checks that genpy runs this program (syn_unexpected_indent, from the first differential-testing corpus) exactly as CPython 3.11 does
x = 1
  y = 2
