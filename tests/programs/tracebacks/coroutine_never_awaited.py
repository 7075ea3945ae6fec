# A coroutine dropped without ever being awaited: CPython's RuntimeWarning on
# stderr names it and the line where it went, then the program goes on.
async def fetch():
    return 1


size = len(type(fetch()).__name__)
print(size)
raise RuntimeError("the program ends with an error")
