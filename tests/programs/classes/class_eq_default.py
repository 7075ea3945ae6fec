# checks that genpy runs this program (class_eq_default, from the first differential-testing corpus) exactly as CPython 3.11 does
class X: pass
a = X(); b = X()
print(a == a, a == b, a != b, a is a, [a].count(a), a in [b], X() == None)
try:
    a < b
except TypeError as e:
    print(e)
print(bool(a), str(type(a)), X.__name__, type(X).__name__, type(type).__name__)
