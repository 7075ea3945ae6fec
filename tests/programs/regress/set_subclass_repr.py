# A set or frozenset subclass names itself in its repr, as CPython's do; list and dict
# subclasses do not.
class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Row(list):
    pass


class Record(dict):
    pass


print(Tags({1}), Frozen([2]), Tags(), Frozen(), Row([1]), Record(a=1))
print(repr(Tags({"x"})), str(Frozen({3})), [Tags({4})])


class Shown(set):
    def __repr__(self):
        return "shown"


print(Shown({1}))
