# checks that genpy runs this program (inventory_system, from the second differential-testing corpus) exactly as CPython 3.11 does
class OutOfStock(Exception):
    def __init__(self, sku, want, have):
        super().__init__(f"{sku}: want {want}, have {have}")
        self.sku, self.want, self.have = sku, want, have
class Inventory:
    def __init__(self):
        self.stock = {}
        self.history = []
    def add(self, sku, qty, price):
        cur = self.stock.get(sku, (0, price))
        self.stock[sku] = (cur[0] + qty, price)
        self.history.append(("add", sku, qty))
    def remove(self, sku, qty):
        have = self.stock.get(sku, (0, 0))[0]
        if have < qty:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = (have - qty, self.stock[sku][1])
        self.history.append(("remove", sku, qty))
    def value(self):
        return sum(q * p for q, p in self.stock.values())
    def report(self):
        yield f"{'SKU':<8}{'QTY':>5}{'PRICE':>9}{'VALUE':>10}"
        for sku, (q, p) in sorted(self.stock.items()):
            yield f"{sku:<8}{q:>5}{p:>9.2f}{q * p:>10.2f}"
        yield f"{'':<8}{'':>5}{'TOTAL':>9}{self.value():>10.2f}"
inv = Inventory()
inv.add("A100", 10, 2.5); inv.add("B200", 3, 19.99); inv.add("A100", 5, 2.75)
orders = [("A100", 4), ("B200", 5), ("C300", 1), ("B200", 3)]
for sku, q in orders:
    try:
        inv.remove(sku, q)
    except OutOfStock as e:
        print("cannot fill:", e, e.args)
print("\n".join(inv.report()))
print(inv.history)
