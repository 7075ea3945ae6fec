import atexit, sys
def bye(name, punct="!"):
    print("bye", name + punct)
class Bad:
    def __repr__(self):
        return "<Bad callback>"
    def __call__(self):
        1 / 0
atexit.register(bye, "first")
atexit.register(Bad())
@atexit.register
def last():
    print("registered last, runs first")
atexit.register(bye, "second", punct="?")
atexit.unregister(bye)
atexit.register(bye, "third")
def gen():
    try:
        yield 1
    finally:
        print("generator finally")
g = gen(); next(g)
print("main done")
sys.exit(0)
