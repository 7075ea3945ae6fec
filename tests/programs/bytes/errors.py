# TypeErrors and ValueErrors of bytes operations, with CPython's messages
cases = [
    lambda: b'a' + 'b', lambda: bytearray(b'a') + 1, lambda: b'a' * 1.5, lambda: 'a' in b'abc',
    lambda: 300 in b'abc', lambda: b'a'['x'], lambda: b'abc'[5], lambda: bytes(-1), lambda: bytes([256]),
    lambda: bytes(['a']), lambda: bytes(1.5), lambda: bytearray(2.5), lambda: b'a'.find('a'),
    lambda: b'a'.count([1]), lambda: b'a'.split('x'), lambda: b'a'.split(b''), lambda: b'a'.join([1]),
    lambda: b'a'.strip('a'), lambda: b'a'.replace('a', 'b'), lambda: b'a'.startswith('a'),
    lambda: b'abc'.index(b'z'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('abc'),
    lambda: bytes.fromhex(5), lambda: b'a' < 'a', lambda: b'a' < 1, lambda: hash(bytearray(b'x')),
    lambda: {bytearray(): 1}, lambda: b'x'.center(5, b'ab'), lambda: b'a'.partition(b''),
    lambda: b'abc'.hex('::'), lambda: ord(b'ab'), lambda: b'x'.__setitem__(0, 1),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
b = b'abc'
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    del b[0]
except TypeError as e:
    print(e)
b'\xe9t\xe9'.decode('utf-8')
