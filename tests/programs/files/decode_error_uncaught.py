# a strict UTF-8 text file that meets a bad byte ends with CPython's UnicodeDecodeError
name = 'decode_error_uncaught.txt'
with open(name, 'wb') as f:
    f.write(b'fine\n' * 5 + b'caf\xe9\n')
with open(name) as f:
    for line in f:
        print(line.strip())
