from .errors import StageError

registry = {}

def stage(func):
    registry[func.__name__] = func
    return func

def run(stages, source):
    data = iter(source)
    for s in stages:
        data = s(data)
    try:
        return list(data)
    except ValueError as e:
        raise StageError(f"pipeline failed: {e}") from e
