# the utf-8-sig codec: a byte-order mark written first and skipped when read, in
# str.encode/bytes.decode and text files; codecs genpy lacks are named as such
print('aé'.encode('utf-8-sig'), b'\xef\xbb\xbfab'.decode('utf-8-sig'), b'ab'.decode('utf-8-sig'), 'x'.encode('UTF_8_SIG'))
name = 'utf8_sig.csv'
with open(name, 'w', encoding='utf-8-sig') as f:
    print(f, f.encoding)
    f.write('name,city\n')
    f.write('Zoë,Köln\n')
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='utf-8-sig') as f:
    print(f.readline(), f.tell(), f.readlines())
with open(name) as f:
    print(repr(f.readline()))
with open(name, 'a', encoding='utf-8-sig') as f:
    f.write('Ana,Porto\n')
with open(name, 'rb') as f:
    print(f.read().count(b'\xef\xbb\xbf'))
with open(name, 'r+', encoding='utf-8-sig') as f:
    print(repr(f.read(4)), f.tell())
    f.seek(0)
    print(repr(f.read(4)))
with open(name, encoding='utf-8-sig') as f:
    print([line.split(',') for line in f])
import os
for leftover in ['utf8_sig.csv']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['utf8_sig.csv']))
