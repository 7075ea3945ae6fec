# max() asks `item > best` (min() asks `item < best`), so a class with only __gt__
# works with max and the TypeError of unorderable items names '>'.
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __gt__(self, other):
        print("gt", self.parts, other.parts)
        return self.parts > other.parts

    def __repr__(self):
        return "Version%r" % (self.parts,)


print(max([Version(1, 2), Version(1, 10), Version(0, 9)]))
for args in [(1, "a"), ("a", 1)]:
    try:
        max(*args)
    except TypeError as e:
        print("max:", e)
    try:
        min(*args)
    except TypeError as e:
        print("min:", e)
