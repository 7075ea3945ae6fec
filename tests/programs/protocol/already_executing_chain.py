# checks generator already executing through a chain of two generators and gi_running
def a():
    yield "a1"
    print("a: gi_running of a is", ga.gi_running)
    yield next(gb)


def b():
    yield "b1"
    yield next(ga)


ga = a()
gb = b()
print(next(ga), next(gb), ga.gi_running)
try:
    next(ga)
except ValueError as e:
    print("ValueError:", e)
print(ga.gi_running, gb.gi_running)
