import itertools as it
for name, call in [("chain", lambda: it.chain(5)), ("islice", lambda: it.islice(5, 2)), ("pairwise", lambda: it.pairwise(5)),
    ("zip_longest", lambda: it.zip_longest(5, [])), ("tee", lambda: it.tee(5)), ("groupby", lambda: it.groupby(5)),
    ("accumulate", lambda: it.accumulate(5)), ("compress", lambda: it.compress(5, [])), ("starmap", lambda: it.starmap(len, 5)),
    ("takewhile", lambda: it.takewhile(bool, 5)), ("dropwhile", lambda: it.dropwhile(bool, 5)), ("cycle", lambda: it.cycle(5)),
    ("permutations", lambda: it.permutations(5)), ("combinations", lambda: it.combinations(5, 2)), ("cwr", lambda: it.combinations_with_replacement(5, 2)),
    ("product", lambda: it.product(5)), ("filterfalse", lambda: it.filterfalse(None, 5)), ("cfi", lambda: it.chain.from_iterable(5)),
    ("map", lambda: map(len, 5)), ("zip", lambda: zip(5)), ("filter", lambda: filter(None, 5)), ("enumerate", lambda: enumerate(5)), ("reversed", lambda: reversed(5))]:
    try:
        call(); print(name, "ok")
    except TypeError as e:
        print(name, e)
import itertools as it
for c in [lambda: it.combinations("ab", -1), lambda: it.combinations("ab", "x"), lambda: it.permutations("ab", -2), lambda: it.permutations("ab", "x"), lambda: it.product("a", repeat=-1), lambda: it.combinations_with_replacement("ab", -1), lambda: it.combinations("ab", 2.0)]:
    try: c(); print("ok")
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(list(it.permutations("abc", 4)), list(it.combinations_with_replacement("", 0)), list(it.product()))
