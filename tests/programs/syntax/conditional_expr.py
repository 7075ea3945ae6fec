# checks that conditional expressions evaluate only the chosen branch
def loud(x):
    print("evaluating", x)
    return x


print(loud("yes") if True else loud("no"))
print(loud("yes") if False else loud("no"))
n = 7
print("odd" if n % 2 else "even")
print("big" if n > 100 else "medium" if n > 5 else "small")
print([x if x % 2 else -x for x in range(5)])


def signs(values):
    for v in values:
        yield "+" if v > 0 else "-" if v < 0 else "0"


print("".join(signs([3, -1, 0, 5])))
