# checks that genpy runs this program (dict_errors, from the first differential-testing corpus) exactly as CPython 3.11 does
d = {"a": 1}
try: d.pop("zz")
except KeyError as e: print("KeyError", e)
try: {}.popitem()
except KeyError as e: print("KeyError", e)
try: dict(1)
except TypeError as e: print(e)
try: dict([(1, 2, 3)])
except ValueError as e: print(e)
try: d[[]] = 1
except TypeError as e: print(e)
try: {[]: 1}
except TypeError as e: print(e)
try: d.update(1)
except TypeError as e: print(e)
try: print({"a": 1} < {"b": 2})
except TypeError as e: print(e)
print(d.get("a", "x"), d.get([] if False else "q"))
