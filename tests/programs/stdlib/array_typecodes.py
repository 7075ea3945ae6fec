# array: every typecode through tobytes/frombytes/byteswap, the range and type errors
# of each, slicing, comparison and the sequence operations, with CPython's messages.
from array import array
import array as array_mod
import copy
a = array('i',[1,2,3])
for f in [lambda: array('q',[-2**63-1]), lambda: a.__iadd__([1]), lambda: a.fromlist((1,)), lambda: a.fromlist([1,'x']), lambda: a.frombytes('ab'), lambda: a['x'], lambda: a.__setitem__('x', 1), lambda: array(1), lambda: array('ii'), lambda: hash(a), lambda: a.index(1, 1), lambda: a * 2, lambda: 2 * a, lambda: a * 'x', lambda: a.insert(100, 9), lambda: a, lambda: a.count(2.0), lambda: 2.0 in a, lambda: a.__delitem__(slice(0, 3, 2)), lambda: a, lambda: a.__setitem__(slice(None), array('i', [7,8,9,10])), lambda: a,  lambda: a.__setitem__(0, 2**40), lambda: a, lambda: array('d', [1, True, 2.5]), lambda: array('f', [3]), lambda: a.extend([1, 'x']), lambda: a, lambda: array('i', b'abcd'), lambda: array('i', b'abc'), lambda: array('u', b'a\x00\x00\x00'), lambda: array('i', 'abc'), lambda: array('i', None), lambda: array('i', 5), lambda: a.byteswap(), lambda: a, lambda: a.buffer_info()[1], lambda: array('d', [1.5]).tobytes(), lambda: type(a), lambda: type(a).__name__, lambda: type(a).__module__, lambda: array.__qualname__, lambda: copy.deepcopy(a) == a, lambda: a.pop(-100), lambda: a.__getitem__(slice(1, None)), lambda: a[::-1], lambda: array('b', [1]) == array('B', [1]), lambda: array('d', [float('nan')]) == array('d', [float('nan')]), lambda: a.itemsize, lambda: array('u').itemsize, lambda: array('l').itemsize]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for tc, v in [('b',200),('b',-200),('B',-1),('B',256),('h',40000),('h',-40000),('H',-1),('H',70000),('i',2**31),('i',-2**31-1),('I',-1),('I',2**32),('l',2**63),('l',-2**63-1),('L',-1),('L',2**64),('q',2**63),('Q',-1),('Q',2**64),('i',1.5),('d','x'),('f','x'),('u',5),('u','ab'),('b','x'), ('f', 1e300), ('f', -1e300)]:
    try: print(tc, array(tc,[v]))
    except Exception as e: print(tc, v, type(e).__name__, e)
try: array('z')
except Exception as e: print(type(e).__name__, e)
try: array('u', [1])
except Exception as e: print(type(e).__name__, e)
a = array('i',[1,2]);
for f in [lambda: a.pop(5), lambda: array('i').pop(), lambda: a.index(9), lambda: a.remove(9), lambda: a.extend(array('d')), lambda: a.__setitem__(slice(0,1), [1]), lambda: a + [1], lambda: a + array('d'), lambda: a.frombytes(b'abc'), lambda: a[5], lambda: a.__setitem__(5, 1), lambda: a < [1], lambda: a.tounicode(), lambda: a.fromunicode('x'), lambda: a.__setitem__(slice(0,2,2), array('i', [1,2]))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(array('u','héllo'), repr(array('f',[0.1, 1.5])), array('d'), array('B', b'ab'), array('b', bytearray(b'ab')))
print(array('i', range(3)) == array('d', [0,1,2]), array('i',[1]) < array('i', [2]), array('i',[1]) == [1], array('i', [1, 2]) < array('i', [1, 2, 0]), array('i', [3]) >= array('d', [2.5, 9]))
print(array_mod.typecodes, array_mod.ArrayType is array)
for tc in array_mod.typecodes:
    x = array(tc, 'ab' if tc == 'u' else [1, 2, 3])
    b = x.tobytes()
    y = array(tc); y.frombytes(b); print(tc, x.itemsize, b, y == x, bytes(x) == b, x.tolist(), len(x), list(reversed(x)))
    if tc != "u":
        x.byteswap(); print(x)
