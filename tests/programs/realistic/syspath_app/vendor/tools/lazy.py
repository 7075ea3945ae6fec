def compute(n):
    return sum(i * i for i in range(n))

def __getattr__(name):
    if name == "missing_attr_demo":
        return "made lazily"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
