# results too large to make raise MemoryError instead of exhausting memory
import io
cases = [lambda: bytes(10**15), lambda: bytearray(10**15), lambda: b'x'.center(10**15),
         lambda: b'x'.zfill(10**15), lambda: (1).to_bytes(10**15, 'big'),
         lambda: b'x'.ljust(10**15), lambda: b'ab' * 10**15, lambda: bytearray(b'ab') * 10**15]
for c in cases:
    try:
        c()
    except MemoryError as e:
        print('MemoryError', repr(e))
try:
    b'\t'.expandtabs(10**15)
except OverflowError as e:
    print('OverflowError', e)
for make, data in [(io.StringIO, 'x')]:
    s = make()
    s.seek(10**15)
    try:
        s.write(data)
    except MemoryError:
        print('MemoryError', make.__name__)
