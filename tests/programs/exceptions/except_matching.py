# checks except clauses matching by class hierarchy, tuples and order, and bare except
def trigger(kind):
    if kind == "key":
        {}["missing"]
    elif kind == "index":
        [][1]
    elif kind == "zero":
        1 / 0
    elif kind == "type":
        len(5)
    elif kind == "value":
        int("abc")


for kind in ["key", "index", "zero", "type", "value"]:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "-> LookupError subclass", type(e).__name__)
    except (TypeError, ValueError) as e:
        print(kind, "-> tuple clause", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "-> ArithmeticError subclass", type(e).__name__)
try:
    trigger("zero")
except:
    print("bare except catches everything")
try:
    try:
        trigger("key")
    except IndexError:
        print("not reached")
except KeyError:
    print("unmatched exception propagates to the outer try")
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(GeneratorExit, BaseException), issubclass(KeyboardInterrupt, Exception))
