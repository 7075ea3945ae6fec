# checks that generators still suspended at program exit are closed at shutdown
def gen(name):
    try:
        yield name
    finally:
        print("shutdown closes", name)


g1 = gen("global one")
next(g1)
g2 = gen("never started")
holder = [gen("in a list")]
next(holder[0])
print("end of program")
