# checks that close() on a created or finished generator runs nothing and returns None
import inspect


def gen():
    try:
        print("body runs")
        yield 1
    finally:
        print("finally runs")


created = gen()
print(created.close())
print(inspect.getgeneratorstate(created))
print(next(created, "created generator is closed now"))
finished = gen()
print(list(finished))
print(finished.close())
print(inspect.getgeneratorstate(finished))
twice = gen()
next(twice)
twice.close()
twice.close()
print("closing twice runs finally once")
