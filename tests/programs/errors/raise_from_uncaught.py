# checks that an uncaught chained exception ends with the final exception's line
def load():
    try:
        return int("oops")
    except ValueError as e:
        raise RuntimeError("config is broken") from e


print("loading")
load()
