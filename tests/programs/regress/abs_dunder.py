# checks that abs() calls __abs__
class V:
    def __abs__(self): return 5.0
print(abs(V()))
