# open(..., encoding=, errors=): utf-8, ascii and latin-1 text files
name = 'encodings.txt'
text = 'naïve café\n€uro line\nplain\n'
with open(name, 'w', encoding='utf-8') as f:
    print(f, f.encoding, f.errors, f.write(text))
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='utf8') as f:
    print(f.readlines(), f.tell())
with open(name, encoding='latin-1') as f:
    print(repr(f.read()))
with open(name, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
with open(name, encoding='ascii', errors='ignore') as f:
    print([line for line in f])
with open(name, encoding='ascii', errors='backslashreplace') as f:
    print(repr(f.readline()))
try:
    with open(name, encoding='ascii') as f:
        f.readline()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(name, 'w', encoding='latin-1') as f:
    print(f, f.write('café\n'))
    try:
        f.write('€\n')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
with open(name, 'a', encoding='latin-1', errors='replace') as f:
    f.write('€ to ?\n')
with open(name, 'a', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('é€\n')
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='latin-1') as f:
    print(f.read(3), f.tell(), f.readline(), f.tell(), f.read())
with open(name, 'wb') as f:
    f.write(b'good line\n' * 3 + b'bad \xff line\n' + b'tail\n')
with open(name, errors='replace') as f:
    print(f.readlines())
try:
    with open(name, encoding='nope') as f:
        pass
except LookupError as e:
    print('LookupError', e)
with open(name) as f:
    for line in f:
        print(line, end='')
