# bytearray: item and slice assignment, deletion and the mutating methods
ba = bytearray(b'hello')
ba[0] = ord('j')
print(ba, ba[0], ba[-1], ba[1:3])
ba[1:3] = b'EE'
print(ba)
ba[1:3] = [65, 66, 67]
print(ba)
ba[::2] = b'xyz'
print(ba)
ba[5:] = b''
print(ba)
ba[:0] = b'>>'
print(ba)
del ba[0]
del ba[-2:]
print(ba, len(ba))
del ba[::2]
print(ba)
ba += b' more'
ba += bytearray(b'!')
print(ba)
alias = ba
ba *= 2
print(alias, alias is ba)
ba.append(33)
ba.extend(b'??')
ba.extend([49, 50])
ba.extend(range(51, 53))
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 64)
ba.insert(100, 35)
ba.insert(-1, 95)
print(ba)
ba.remove(ord('m'))
print(ba)
c = ba.copy()
c.reverse()
print(c, ba == c[::-1])
c.clear()
print(c, len(c), bool(c))
ba.extend(ba)
print(len(ba))
data = bytearray()
for i in range(5):
    data.append(i * 50)
print(data, list(data), bytes(data))
it = iter(data)
print(next(it))
data.append(7)
print(list(it))
for bad in [lambda: data.__setitem__(0, 256), lambda: data.append(-1), lambda: data.pop(99),
            lambda: bytearray().pop(), lambda: data.remove(3), lambda: data.__setitem__(9, 1),
            lambda: data.__setitem__(slice(0, 1), 5), lambda: data.extend(5),
            lambda: data.__setitem__(slice(None, None, 2), b'x'), lambda: hash(data),
            lambda: data.__getitem__(10), lambda: data.__getitem__('x'), lambda: data.extend([300]),
            lambda: data.insert(0, 1000), lambda: data.append(b'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
