import os, tempfile, struct, binascii, hashlib

def records(path, size=8):
    with open(path, 'rb') as f:
        while chunk := f.read(size):
            yield chunk

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'data.bin')
    with open(p, 'wb') as f:
        for i in range(5):
            f.write(struct.pack('<HhI', i, -i, i * 1000))
        f.write(b'tail')
    for rec in records(p):
        if len(rec) == 8:
            print(struct.unpack('<HhI', rec), rec.hex(), rec.hex(' '), rec)
        else:
            print('partial', rec)
    raw = open(p, 'rb').read()
    print(len(raw), hashlib.md5(raw).hexdigest(), hashlib.sha256(raw).hexdigest()[:16], binascii.crc32(raw))
    with open(p, 'r+b') as f:
        f.seek(-4, os.SEEK_END)
        f.write(b'TAIL')
        f.seek(0)
        print(f.read(2), f.tell())
        f.seek(2, 1)
        print(f.read(4))
    print(open(p, 'rb').read()[-6:])
    lines = b'GET /a HTTP/1.1\r\nHost: x\r\nX-Thing:  y \r\n\r\nbody'
    head, _, body = lines.partition(b'\r\n\r\n')
    reqline, *hdrs = head.split(b'\r\n')
    print(reqline.split(), body)
    print({k.strip().lower().decode(): v.strip().decode() for k, v in (h.split(b':', 1) for h in hdrs)})
    ba = bytearray(b'hello')
    ba[0] = ord('J'); ba += b'!'; ba.extend([33, 33]); ba.insert(0, 32)
    print(ba, ba.decode(), bytes(ba).upper(), ba.find(b'l'), ba.count(b'!'), len(ba))
    print(b'a,b,,c'.split(b','), b' x '.strip(), b'abc'.replace(b'b', b'XX'), b'-'.join([b'a', b'b']), b'%d-%s' % (5, b'x'))
    print(bytes.fromhex('de ad be ef'), bytes(range(5)), bytes(3), b'\x00\xff'[1], list(b'ab'), b'ab' * 2, b'a' < b'b')
    print(int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(4, 'big'), b'abc'.startswith((b'x', b'a')), b'ABC'.lower(), b'hello world'.title())
    print('naïve'.encode(), 'naïve'.encode('latin-1'), b'na\xc3\xafve'.decode(), b'\xe9'.decode('latin-1'), repr(b"it's"), repr(b'"q"'), repr(b'\'"'))
    try:
        b'\xe9t\xe9'.decode()
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.reason, e.encoding)
    try:
        'é'.encode('ascii')
    except UnicodeEncodeError as e:
        print(e)
    with open(p, 'w', encoding='latin-1') as f:
        f.write('café\n')
    print(open(p, 'rb').read(), open(p, encoding='latin-1').read(), open(p, errors='replace').read(), open(p, errors='ignore').read())
    with open(p, 'w', encoding='ascii', errors='replace') as f:
        f.write('café ☃\n')
    print(open(p, 'rb').read())
