# str.encode and bytes.decode: utf-8, ascii and latin-1 with their aliases and error handlers
text = 'naïve café – 😀'
for enc in ['utf-8', 'utf8', 'UTF-8', 'U8', 'utf_8']:
    print(enc, text.encode(enc))
print(text.encode('utf-8').decode('utf-8') == text)
for enc in ['latin-1', 'latin1', 'iso-8859-1', 'ISO8859-1', 'ascii', 'us-ascii']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError:', e)
            print('  ', e.encoding, repr(e.object), e.start, e.end, e.reason)
raw = b'ok \xff\xfe bad \xc3\xa9 \xe2\x82 end \xf0\x9f\x98'
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
        try:
            print(enc, errors, repr(raw.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError:', e)
            print('  ', e.encoding, e.object[:4], e.start, e.end, e.reason, e.args[2:])
cases = [b'\xff', b'\xc3\x28', b'\xe2\x82x', b'ab\xf0\x9f\x98', b'ab\xf0', b'\xed\xa0\x80', b'\xc0\xaf', b'\x80abc']
for c in cases:
    try:
        c.decode()
    except UnicodeDecodeError as e:
        print(c, e)
for s in ['a€b', 'a€😀b', '€']:
    try:
        s.encode('latin-1')
    except UnicodeError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: b'x'.decode('rot-99'), lambda: 'x'.encode('nope'), lambda: 'é'.encode('ascii', 'what'),
            lambda: b'\xff'.decode('ascii', 'what'), lambda: b'a'.decode('ascii', 'what'),
            lambda: bytes('x'), lambda: bytes(1, 'utf-8'), lambda: str(b'\xff', 'utf-8')]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(UnicodeDecodeError, ValueError), issubclass(UnicodeEncodeError, UnicodeError))
print(repr('\ufeff\u200b\u2060x'))
for bad in [lambda: 'x'.encode(5), lambda: 'x'.encode('utf-8', None), lambda: b'x'.decode(None), lambda: b'x'.decode('ascii', 3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
