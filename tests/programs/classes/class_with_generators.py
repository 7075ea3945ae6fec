# checks records flowing through a generator pipeline as instances with __repr__
class Order:
    def __init__(self, oid, amount):
        self.oid = oid
        self.amount = amount

    def __repr__(self):
        return f"Order({self.oid}, {self.amount})"


def orders():
    for i, amt in enumerate([30, 5, 120, 45, 500], 1):
        print("reading order", i)
        yield Order(i, amt)


def large(stream, threshold):
    for o in stream:
        if o.amount >= threshold:
            yield o


def with_tax(stream):
    for o in stream:
        yield Order(o.oid, o.amount * 1.25)


for o in with_tax(large(orders(), 40)):
    print("final", o)
