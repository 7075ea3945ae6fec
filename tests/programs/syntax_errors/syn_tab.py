# checks that genpy runs this program (syn_tab, from the first differential-testing corpus) exactly as CPython 3.11 does
def f(x):
	if x:
        return 1
