# bytes %-formatting, and the "not all arguments converted" rule for a lone argument
print(repr(b'%s|%b|%r|%a|%c|%c|%5d|%-4x|%.2f|%%' % (b'x', bytearray(b'y'), b'z', 'é', 65, b'B', 42, 255, 3.14159)))
class HasBytes:
    def __bytes__(self):
        return b'custom'
for f in [lambda: b'%s' % 'str', lambda: b'%c' % 300, lambda: b'%c' % b'ab', lambda: b'%d' % b'1', lambda: b'%(k)s' % {b'k': b'v'}, lambda: b'%s %s' % (b'a',), lambda: b'%z' % 1, lambda: b'x' % (), lambda: bytearray(b'%s') % b'q', lambda: b'%s' % [1], lambda: b'%s' % HasBytes(), lambda: b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef'), lambda: b'abc' % 2, lambda: b'abc' % b'x', lambda: b'%x %o %X %#x' % (255, 8, 255, 255), lambda: b'\xff%s' % b'\xfe',
          lambda: 'abc' % 2, lambda: 'abc' % [], lambda: 'abc' % 'x', lambda: 'abc' % {}, lambda: '%s' % b'x', lambda: '%b' % 1, lambda: b'%(a)s %(b)d' % {b'a': b'A', b'b': 2}]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
