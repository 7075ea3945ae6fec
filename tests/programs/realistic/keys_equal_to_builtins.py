# Interned symbols that compare and hash like the plain values they wrap, used as
# keys next to those plain values; and generic aliases called as constructors.
class Symbol:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        if isinstance(other, Symbol):
            return self.value == other.value
        return self.value == other

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"Symbol({self.value!r})"


table = {Symbol(1): "one", Symbol("two"): "two"}
print(table[1], table["two"], table[Symbol(1)])
print(1 in table, 3 in table, table.get("two"), table.get(3, "missing"))
plain = {1: "int one", "a": "str a"}
print(plain[Symbol(1)], plain[Symbol("a")])
table[1] = "replaced"
print(table)
print(table.pop("two"), table)
members = {Symbol(5), Symbol(6)}
print(5 in members, 7 in members)
print(sorted(x.value for x in members - {5}))
print({5, 6} == members, members == {5, 6})

counts = dict[str, int]()
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, type(counts))
print(list[int](range(3)), set[str]("aba") == {"a", "b"}, tuple[int, ...]((1, 2)))
print(list[int], dict[str, list[int]])
