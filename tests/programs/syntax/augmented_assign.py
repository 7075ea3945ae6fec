# checks that augmented assignment works on names, subscripts and attributes, and mutates lists in place
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
s = "ab"
s *= 3
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"k": 1}
d["k"] += 41
print(d)


class Box:
    pass


b = Box()
b.v = 1
b.v <<= 4
print(b.v)
bits = 0b1100
bits &= 0b1010
bits |= 1
bits ^= 0b11
bits >>= 1
print(bin(bits))


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


print(list(running_total([1, 2, 3, 4])))
