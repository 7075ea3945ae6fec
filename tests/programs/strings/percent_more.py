# checks that genpy runs this program (percent_more, from the first differential-testing corpus) exactly as CPython 3.11 does
print("%5s|%-5s|%05.1f|%+.2e|%x|%X|%#x|%#o" % ("ab", "cd", 3.14159, 12345.678, 255, 255, 255, 8))
print("%s %s" % ("only", ("tuple",)), "%s" % {"d": 1}, "%r" % [1, "a"])
print("%d%%" % 50, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5, "%g" % 1e-5, "%g" % 123456789)
print("x")
print("%3c|" % "x", "%u" % 5 if False else "", "%e" % 0, "%10.4s|" % "abcdefg")
print("%d" % 3.99, "%d" % -3.99, "%x" % 3 if True else "", "%s" % None, "%s" % True, "%d" % True)
print("%o" % -8, "%x" % -255, "%.3d" % 5, "%+05d" % 3, "% d" % 5)
