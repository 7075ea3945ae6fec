# checks that unbounded recursion raises RecursionError instead of crashing
def forever(n):
    return forever(n + 1) + 1


def countdown(n):
    return 0 if n == 0 else countdown(n - 1) + 1


print("bounded recursion is fine:", countdown(500))
print("recursing forever")
forever(0)
