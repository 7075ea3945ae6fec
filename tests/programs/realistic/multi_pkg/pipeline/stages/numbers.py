from ..core import stage

@stage
def evens(it):
    return (x for x in it if x % 2 == 0)

@stage
def squares(it):
    for x in it:
        yield x * x

def fail_on(bad):
    def failing(it):
        for x in it:
            if x == bad:
                raise ValueError(f"bad value {x}")
            yield x
    return failing
