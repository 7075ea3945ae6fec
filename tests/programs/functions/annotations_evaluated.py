from typing import Iterator, Optional


def count(n: int, *, step: int = 1) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += step


def maybe(x: "Optional[str]" = None, *rest: float, **opts: bool) -> Optional[str]:
    return x


print(count.__annotations__)
print(maybe.__annotations__)
print((lambda q: q).__annotations__, list(count(5, step=2)))


def plain():
    pass


plain.__annotations__["extra"] = int
print(plain.__annotations__)

try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print("NameError at def time:", e)
