# files that are never closed still reach the disk when their object goes away
def write_text(name, text):
    f = open(name, 'w')
    f.write(text)

def write_bytes(name, data):
    f = open(name, 'wb')
    f.write(data)

write_text('unclosed_flush.txt', 'text written without close\n')
write_bytes('unclosed_flush.bin', b'bytes written without close\n')
print(open('unclosed_flush.txt').read(), open('unclosed_flush.bin', 'rb').read())
big = open('unclosed_flush_big.txt', 'w')
for i in range(3000):
    big.write(f'line {i}\n')
del big
with open('unclosed_flush_big.txt') as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1])
import os
for leftover in ['unclosed_flush.txt', 'unclosed_flush.bin', 'unclosed_flush_big.txt']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['unclosed_flush.txt', 'unclosed_flush.bin', 'unclosed_flush_big.txt']))
