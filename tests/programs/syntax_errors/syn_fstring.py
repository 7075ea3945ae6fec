# checks that genpy runs this program (syn_fstring, from the first differential-testing corpus) exactly as CPython 3.11 does
print(f"{x!}")
