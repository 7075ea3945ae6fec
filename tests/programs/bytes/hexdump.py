# a hexdump and a run-length codec over a binary file, streamed in chunks by generators
name = 'hexdump.bin'
data = bytes((i * 37 + i // 7) % 256 for i in range(300)) + b'Hello, bytes!\n' * 3 + bytes(40)
with open(name, 'wb') as f:
    f.write(data)

def chunks(path, size):
    with open(path, 'rb') as f:
        while block := f.read(size):
            yield block

def hexdump(blocks):
    offset = 0
    for block in blocks:
        hexes = block.hex(' ')
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in block)
        yield f'{offset:08x}  {hexes:<47}  |{text}|'
        offset += len(block)

for line in hexdump(chunks(name, 16)):
    if line[9:11] != '00' or line.startswith('000001'):
        print(line)

def rle_encode(blocks):
    prev, count = None, 0
    for block in blocks:
        for b in block:
            if b == prev and count < 255:
                count += 1
            else:
                if prev is not None:
                    yield bytes([count, prev])
                prev, count = b, 1
    if prev is not None:
        yield bytes([count, prev])

def rle_decode(encoded):
    out = bytearray()
    for i in range(0, len(encoded), 2):
        out += bytes([encoded[i + 1]]) * encoded[i]
    return bytes(out)

packed = b''.join(rle_encode(chunks(name, 64)))
print(len(data), len(packed), rle_decode(packed) == data)
checksum = sum(data) & 0xffff
print(checksum, checksum.to_bytes(2, 'big').hex(), int.from_bytes(data[:4], 'little'))
with open(name, 'r+b') as f:
    f.seek(300)
    f.write(b'HELLO')
    f.seek(-45, 2)
    print(f.read(5), f.tell())
    f.truncate(310)
with open(name, 'rb') as f:
    tail = f.read()[-12:]
print(tail, tail.decode('ascii', 'replace'), tail.upper(), tail.split(b', '))
words = {}
for block in chunks(name, 7):
    for w in block.split():
        words[w] = words.get(w, 0) + 1
print(sorted(words.items())[:5])
import os
for leftover in ['hexdump.bin']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['hexdump.bin']))
