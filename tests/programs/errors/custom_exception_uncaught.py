# checks the final line for an uncaught user-defined exception raised from a generator
class PipelineError(Exception):
    pass


def stage(items):
    for i in items:
        if i == 3:
            raise PipelineError(f"bad item {i}")
        yield i


print(list(stage([1, 2])))
print(list(stage([1, 2, 3])))
