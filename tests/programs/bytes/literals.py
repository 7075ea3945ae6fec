# bytes literals, reprs, construction, indexing, slicing and operators
samples = [b'', b'abc', b'\x00\x01\x7f\x80\xff', b"it's", b'say "hi"', b'both \' and "',
           rb'raw\n\x00', Br'\d+', b'tab\tnl\ncr\r\\', b'\'' + b'"']
for s in samples:
    print(repr(s), len(s), bytearray(s))

print(bytes(), bytes(4), bytes([0, 65, 255]), bytes(range(97, 100)), bytes(b'copy'))
print(bytes(bytearray(b'ba')), bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
print(bytes('héllo', 'latin-1'), bytes('x', encoding='ascii'), bytes(source=b'kw'))
print(bytes(x * 2 for x in range(5)))

b = b'hello world'
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:])
print(list(b[:3]), tuple(b'xyz'), [c for c in b'AB'], sum(b'\x01\x02\x03'))
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'-' * 5, 3 * b'ab', b'x' * 0)
print(b'wor' in b, 111 in b, 200 in b, b'' in b, bytearray(b'lo') in b)
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' == bytearray(b'abc'), b'a' == 'a', b'1' == 1)
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', bytearray(b'a') <= b'a', sorted([b'b', b'a', b'ab']))
print(hash(b'abc') == hash(b'abc'), {b'x': 1, b'y': 2}[b'y'], len({b'a', b'a', b'b'}))
print(type(b), type(bytearray()), isinstance(b, bytes), isinstance(bytearray(), bytes), type(b) is bytes)
print(bool(b''), bool(b'\x00'), not bytearray(), ord(b'A'), ord(bytearray(b'z')))
print(f"{b'fmt'} {b'x'!r}", str(b'ab'), str(b'caf\xc3\xa9', 'utf-8'), format(b'q'))
print(max(b'hello'), min(b'hello'), sorted(b'cab'), list(reversed(b'abc')))
it = iter(b'hi')
print(next(it), next(it), next(it, 'done'))
