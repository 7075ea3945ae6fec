# checks the order of try/except/else/finally in the success, failure and return cases
def attempt(x):
    try:
        print("try", x)
        result = 10 // x
    except ZeroDivisionError:
        print("except")
        return "failed"
    else:
        print("else", result)
        return "ok"
    finally:
        print("finally")


print(attempt(2))
print(attempt(0))


def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally before return")


print(finally_overrides())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
