# Requests by size that can never be met raise MemoryError (or OverflowError for a
# count beyond an index-sized integer) at once, instead of aborting the interpreter.

def attempt(what, make):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(what, '->', type(e).__name__, repr(str(e)))
    else:
        print(what, '-> no error')


attempt("[0] * 2**62", lambda: [0] * 2**62)
attempt("(0,) * 2**62", lambda: (0,) * 2**62)
attempt("'a' * 2**62", lambda: 'a' * 2**62)
attempt("' ' * (2**62)", lambda: ' ' * (2**62))
attempt("b'a' * 2**62", lambda: b'a' * 2**62)
attempt("'a'.ljust(2**62)", lambda: 'a'.ljust(2**62))
attempt("'a'.rjust(2**62, 'x')", lambda: 'a'.rjust(2**62, 'x'))
attempt("'a'.center(2**62)", lambda: 'a'.center(2**62))
attempt("'-1'.zfill(2**62)", lambda: '-1'.zfill(2**62))
attempt("b'a'.ljust(2**62)", lambda: b'a'.ljust(2**62))
attempt("bytes(2**62)", lambda: bytes(2**62))
attempt("bytearray(2**62)", lambda: bytearray(2**62))
attempt("list(range(2**62))", lambda: list(range(2**62)))

attempt("[0] * 2**64", lambda: [0] * 2**64)
attempt("2**64 * [0]", lambda: 2**64 * [0])
attempt("'a' * 2**64", lambda: 'a' * 2**64)
attempt("[] * 2**64", lambda: [] * 2**64)
attempt("(1,) * -(2**64)", lambda: (1,) * -(2**64))
attempt("bytes(2**64)", lambda: bytes(2**64))
attempt("bytearray(2**64)", lambda: bytearray(2**64))
attempt("'a'.ljust(2**64)", lambda: 'a'.ljust(2**64))
attempt("list(range(2**64))", lambda: list(range(2**64)))


def grow_in_place():
    x = [1]
    x *= 2**62


def grow_bytearray():
    x = bytearray(b'a')
    x *= 2**62


attempt("x *= 2**62 (list)", grow_in_place)
attempt("x *= 2**62 (bytearray)", grow_bytearray)

# Nothing was lost: small requests still work after the refusals.
print('ab' * 3, '-5'.zfill(4), 'x'.center(6, '*'), 'é'.rjust(3, 'ü'), 'q'.ljust(3, '.'))
print(b'ab'.center(6), bytes(3), bytearray(2), [1, 2] * 2, (1,) * 3, 2 * 'xy')
print(list(range(1, 10, 3)), list(range(5, 0, -2)), list(range(0)), [0] * -1)
print(list(range(2**64, 2**64 + 2)))
