# checks slicing of list, str, tuple and range with positive and negative steps and bounds
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[:-7])
print(lst[::2], lst[1::3], lst[::-1], lst[::-3])
print(lst[8:2:-2], lst[-1:-4:-1], lst[5:5], lst[100:], lst[-100:2])
s = "generators"
print(s[::-1], s[1:4], s[-4:], s[::3], s[5:1:-1])
t = (10, 20, 30, 40, 50)
print(t[1:3], t[::-2], t[:0])
r = range(0, 20, 2)
print(r[2:5], r[::-1], list(r[::-3]), r[3:1])
lst2 = [0, 1, 2, 3, 4]
lst2[1:3] = ["a", "b", "c"]
print(lst2)
lst2[::2] = [7, 8, 9]
print(lst2)


def window(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]


print(list(window("abcde", 3)))
