# checks that genpy runs this program (syn_indent_expected, from the first differential-testing corpus) exactly as CPython 3.11 does
if True:
print(1)
