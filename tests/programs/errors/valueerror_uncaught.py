# checks that genpy runs this program (valueerror_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
nums = ["1", "2", "three"]
print([int(n) for n in nums])
