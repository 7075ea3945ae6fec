# checks that genpy runs this program (str_format, from the first differential-testing corpus) exactly as CPython 3.11 does
print("{} {} {}".format(1, "a", [1]))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=3))
print("{:>8} {:<8}| {:^8}|".format("a", "b", "c"))
print("{0[0]} {0[1]}".format([5, 6]))
print("{d[k]}".format(d={"k": "v"}))
class P:
    x = 10
print("{p.x}".format(p=P()))
print("{:.3f} {:,} {!r}".format(2/3, 10**6, "q"))
print("{:08.3f}".format(-3.5))
