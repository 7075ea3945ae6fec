# text files larger than one read chunk: \r\n and multi-byte characters across chunk
# boundaries, every newline mode, seeking back and reading on
pieces = ['a', 'bc', 'é', '€', '😀', '\n', '\r', '\r\n', ' ', 'xyz', '\t']
content = ''.join(pieces[(i * 7 + i // 3) % len(pieces)] for i in range(9000))
name = 'text_chunks.txt'
with open(name, 'w', newline='') as f:
    f.write(content)
with open(name, 'rb') as f:
    raw = f.read()
print(len(content), len(raw))
# put a \r\n exactly across the first 8192-byte boundary, and a 4-byte character across the second
edge = raw[:8191] + b'\r\n' + raw[8191:16383 - 2] + '😀'.encode() + raw[16383:]
with open(name, 'wb') as f:
    f.write(edge)
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(name, encoding='utf-8', newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), len(lines), sum(map(len, lines)), lines[0][:20].encode(), lines[-1][-10:].encode(), f.tell())
        f.seek(0)
        first = f.readline(1), f.readline(3), f.read(2), f.readline()
        print(' ', [s.encode() for s in first])
        f.seek(0)
        total = 0
        while True:
            piece = f.read(1000)
            if not piece:
                break
            total += len(piece)
        print(' ', total, sum(len(line) for line in open(name, encoding='utf-8', newline=nl)))
        f.seek(0)
        print(' ', len(f.read()), f.read(), f.readline())
with open(name, encoding='latin-1') as f:
    print(len(f.read()))
with open(name, encoding='utf-8') as f:
    n = 0
    for line in f:
        n += 1
    print(n, f.tell())
import os
for leftover in ['text_chunks.txt']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['text_chunks.txt']))
