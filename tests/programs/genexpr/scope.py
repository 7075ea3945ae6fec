# checks that genexp variables do not leak and that class-body names are not visible inside
x = "module x"
ge = (x for x in range(3))
print(list(ge), x)


class C:
    factor = 10
    values = [1, 2]
    doubled = list(v * 2 for v in values)
    try:
        scaled = list(v * factor for v in values)
    except NameError as e:
        scaled = str(e)


print(C.doubled, C.scaled)


def outer():
    y = 5
    return (y + i for i in range(3))


print(list(outer()))
print([(lambda: z)() for z in range(2)])
