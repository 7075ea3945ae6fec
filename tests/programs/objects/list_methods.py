# checks list methods: append, extend, pop, insert, remove, sort, index, count, reverse
lst = [3, 1, 2]
lst.append(5)
lst.extend([8, 0])
print(lst)
print(lst.pop(), lst.pop(0), lst)
lst.insert(1, 99)
lst.insert(100, 7)
lst.insert(-1, 6)
print(lst)
lst.remove(99)
print(lst, lst.index(5), lst.count(2))
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
words = ["pear", "Apple", "fig"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
lst.reverse()
print(lst)


def gen():
    yield 4
    yield 5


lst.extend(gen())
print(lst, len(lst))
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3])
copy = lst[:]
copy.clear()
print(copy, lst)
