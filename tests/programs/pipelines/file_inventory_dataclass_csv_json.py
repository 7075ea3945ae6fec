import csv, json, os, tempfile
from dataclasses import dataclass, field, asdict
from typing import List

@dataclass
class Item:
    sku: str
    name: str
    qty: int
    price: float
    tags: List[str] = field(default_factory=list)

    @property
    def value(self):
        return self.qty * self.price

def load(path):
    with open(path, newline='') as f:
        for row in csv.DictReader(f):
            yield Item(row['sku'], row['name'], int(row['qty']), float(row['price']), row['tags'].split('|') if row['tags'] else [])

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'inv.csv')
    with open(src, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['sku', 'name', 'qty', 'price', 'tags'])
        w.writerows([['A1', 'Bolt', 100, 0.05, 'metal|small'], ['B2', 'Nut', 250, 0.03, 'metal'], ['C3', 'Gear, large', 4, 12.5, ''], ['D4', 'Belt', 0, 7.25, 'rubber']])
    items = list(load(src))
    for it in items:
        print(it, f'{it.value:.2f}')
    print(asdict(items[0]))
    in_stock = [it for it in items if it.qty]
    out = os.path.join(d, 'inv.json')
    with open(out, 'w') as f:
        json.dump({'items': [asdict(i) for i in in_stock], 'total': round(sum(i.value for i in in_stock), 2)}, f, indent=2)
    print(open(out).read())
    with open(out) as f:
        back = json.load(f)
    print([Item(**i) for i in back['items']] == in_stock, back['total'])
    print(sorted(items, key=lambda i: (-i.value, i.sku))[0].name)
    tags = sorted({t for i in items for t in i.tags})
    print(tags, {t: [i.sku for i in items if t in i.tags] for t in tags})
    print(Item('x', 'y', 1, 2.0) == Item('x', 'y', 1, 2.0), repr(Item('x', 'y', 1, 2.0, ['t'])))
