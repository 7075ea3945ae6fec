# checks that str falls back to __repr__, and the default __eq__ is identity
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only str"


print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), f"{OnlyStr()}")
x = OnlyRepr()
print(x == x, x == OnlyRepr(), x != OnlyRepr())
print(f"{x!r} {x}")
