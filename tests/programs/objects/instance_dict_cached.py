# Attribute loads and stores at one site (cached) on instances whose attributes are
# inline, shared with a taken __dict__, or changed through that dict between visits.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(points):
    s = 0
    for p in points:
        s += p.x * 10 + p.y
    return s


def bump(points):
    for p in points:
        p.y = p.y + 1


pts = [P(i, i) for i in range(6)]
print(total(pts))
for p in pts[::2]:
    vars(p)
print(total(pts))
bump(pts)
print(total(pts), [vars(p) for p in pts[:2]])

# Reorder a shared dict under the cache: delete and re-add keys, insert before.
d = vars(pts[0])
del d["x"]
d["x"] = 100
print(total(pts))
d.clear()
d["y"] = 7
d["x"] = 8
print(total(pts), pts[0].x, pts[0].y)
bump(pts)
print(vars(pts[0]))
pts[1].__dict__ = {"y": 1, "x": 2}
bump(pts)
print(total(pts), vars(pts[1]))

# Deleting an attribute a site has cached, then reading it again.
q = P(1, 2)
vars(q)
for step in range(3):
    try:
        print(total([q]))
    except AttributeError as e:
        print("AttributeError:", e)
    if step == 0:
        del q.__dict__["x"]
    else:
        q.x = 5
