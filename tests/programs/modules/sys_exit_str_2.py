# checks that genpy runs this program (sys_exit_str, from the second differential-testing corpus) exactly as CPython 3.11 does
import sys
print("before")
sys.exit("fatal: bad thing")
