# checks that genpy runs this program (sys_exit_none, from the first differential-testing corpus) exactly as CPython 3.11 does
import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, e.args)
raise SystemExit(0)
