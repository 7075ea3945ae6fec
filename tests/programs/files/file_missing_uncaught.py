# checks that genpy runs this program (file_missing_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
open("no_such_file.txt")
