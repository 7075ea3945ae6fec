real = "real"


def __getattr__(name):
    if name == "forbidden":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return "made up " + name
