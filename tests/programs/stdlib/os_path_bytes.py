# os.path's string functions on bytes paths answer in bytes (and refuse str mixed
# with bytes); os.walk of a bytes path yields bytes.
import os
os.environ['HOME'] = '/home/tester'
import os.path as p, os, pathlib
class BP:
    def __fspath__(self): return b'x/y'
for f in [lambda: p.join(b'a', b'b', b'/c'), lambda: p.join(b'a', 'b'), lambda: p.join('a', b'b'), lambda: p.join(b'a', BP()),
          lambda: p.split(b'/a/b/'), lambda: p.splitext(b'a/b.tar.gz'), lambda: p.basename(b'/x/y'), lambda: p.dirname(b'/x/y'),
          lambda: p.normpath(b'//a/./b/../c'), lambda: p.normpath(b''), lambda: p.isabs(b'/x'), lambda: p.abspath(b'/a/../b'),
          lambda: p.relpath(b'/a/b', b'/a'), lambda: p.relpath(b'/a/b', '/a'), lambda: p.commonpath([b'/a/b', b'/a/c']),
          lambda: p.commonpath([b'/a/b', '/a/c']), lambda: p.commonprefix([b'abc', b'abd']), lambda: p.splitdrive(b'/x'),
          lambda: p.expanduser(b'~/z'), lambda: p.expandvars(b'$HOME/q'), lambda: p.realpath(b'/usr/../etc'), lambda: p.normcase(b'A'),
          lambda: p.join(b'a', 3), lambda: p.basename(BP()), lambda: p.split(BP()), lambda: p.ismount(b'/'), lambda: p.relpath(b'/x/y'), lambda: p.join.__name__]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
os.makedirs('wb/sub', exist_ok=True)
open('wb/sub/f', 'w').close()
print(sorted(os.walk(b'wb')))
print(sorted(os.walk('wb')))
import glob
print(sorted(glob.glob('wb/*')))
import shutil; shutil.rmtree('wb')
