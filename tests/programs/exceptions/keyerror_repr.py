# checks that KeyError's str is the repr of the key, and args of various exceptions
for key in ["name", 3, (1, 2), None]:
    try:
        {}[key]
    except KeyError as e:
        print("str:", str(e), "args:", e.args, "repr:", repr(e))
e = ValueError("msg", 2)
print(str(e), e.args, repr(e))
e = ValueError()
print(repr(str(e)), e.args, repr(e))
print(repr(KeyError()), str(KeyError("")))
print(repr(StopIteration(5)), StopIteration(5).value)
