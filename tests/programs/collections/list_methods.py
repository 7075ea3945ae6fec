# checks that genpy runs this program (list_methods, from the first differential-testing corpus) exactly as CPython 3.11 does
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 7); a.insert(-1, 9)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(9); print(a, a.index(2), a.count(1))
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w)); print(words)
print([1, 2] * 3, [[0] * 2] * 2, a + [1])
x = [1, 2, 3, 4, 5]
x[1:3] = [9, 9, 9]; print(x)
del x[::2]; print(x)
x[::-1] = [7, 8, 9][:len(x)] if len(x) == 3 else x; print(x)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    [1].index(5)
except ValueError as e:
    print(e)
