# Bytes paths: os.fspath keeps them, listdir/scandir/readlink answer in bytes for
# a bytes path, the queries take them, and os.path refuses str mixed with bytes.
import os, pathlib
os.makedirs('bd/sub', exist_ok=True)
open('bd/f.txt', 'w').close()
class BP:
    def __fspath__(self): return b'bd'
for f in [lambda: os.fspath(b'x'), lambda: os.fspath(bytearray(b'x')), lambda: os.fspath(BP()), lambda: sorted(os.listdir(b'bd')),
          lambda: os.stat(b'bd').st_size > 0, lambda: os.path.exists(b'bd'), lambda: os.path.isdir(b'bd/sub'),
          lambda: sorted(e.name for e in os.scandir(b'bd')), lambda: sorted(e.path for e in os.scandir(b'bd/')),
          lambda: open(b'bd/f.txt').read(), lambda: open(BP()), lambda: os.path.getsize(b'bd/f.txt'),
          lambda: os.path.join(b'a', 'b'), lambda: os.path.join('a', b'b')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
os.symlink('f.txt', 'bd/ln')
print(os.readlink(b'bd/ln'), os.readlink('bd/ln'))
import shutil; shutil.rmtree('bd')
for f in [lambda: os.path.join('a', pathlib.Path('b'), 3), lambda: os.path.join(b'a', 3), lambda: os.path.basename(b'a/b') if False else 0]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(os.fsencode("caf\u00e9"), os.fsencode(b"x"), os.fsdecode(b"caf\xc3\xa9"), os.fsdecode("y"),
      os.fsencode(pathlib.Path("p")), os.getcwdb() == os.getcwd().encode())
for bad in [3, None]:
    try:
        os.fsencode(bad)
    except TypeError as e:
        print(e)
