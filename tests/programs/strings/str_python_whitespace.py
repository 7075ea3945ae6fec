s = 'a\x1cb\x1dc\x1ed\x1fe\x0bf\x0cg\x85h\u2028i\u3000j k'
print(s.split())
print(s.rsplit(None, 2))
print(repr('\x1c x \x1f'.strip()), repr('\x1cx'.lstrip()), repr('x\x1f'.rstrip()))
print('\x1c'.isspace(), '\x1f\x85'.isspace())
print(s.splitlines())
print('a\x1cb'.split(None, 1), 'a b  c'.split(maxsplit=1), ' a b '.rsplit(maxsplit=1))
print(''.split(), ' '.split(), 'a'.split(' '), 'a,,b'.split(','), 'abcbd'.split('b', 1), ' a  b '.split(' '))
print('é è  ê'.split(), 'é,è'.split(','), 'x\u00a0y'.split())
print('a b  c '.split(maxsplit=1), ' a b  c'.rsplit(maxsplit=1), 'é b  c '.split(maxsplit=1), ' a b  é'.rsplit(maxsplit=1), ' a b '.split(None, 0), ' a b '.rsplit(None, 0))
x = 'abc'
print(x.strip() is x, x.strip('z') is x, ' \x1c\t'.strip() == '', '\u3000'.isspace(), repr('a\u3000\u2000\u202fb'))
