# glob and fnmatch with bytes: bytes patterns find and match bytes names (byte
# for byte), and str mixed with bytes is CPython's TypeError.
import glob, fnmatch, os, pathlib
os.makedirs('gb/s', exist_ok=True); open('gb/a.py','w').close()
for f in [lambda: sorted(glob.glob(b'gb/*')), lambda: sorted(glob.glob(b'**', recursive=True, root_dir=b'gb')), lambda: sorted(glob.glob(b'*.py', root_dir='gb')), lambda: type(glob.iglob(b'*')).__name__,
  lambda: fnmatch.fnmatchcase(b'a.py', b'*.py'), lambda: fnmatch.fnmatch(b'a.py', b'*.py'), lambda: fnmatch.filter([b'a.py', b'b'], b'*.py'), lambda: fnmatch.fnmatchcase(b'a', '*'), lambda: fnmatch.fnmatchcase('a', b'*'), lambda: fnmatch.fnmatch(b'a', '*'), lambda: glob.escape(b'a*'), lambda: glob.has_magic(b'a*'),
  lambda: fnmatch.fnmatchcase(b'\xff\xfe', b'\xff?'), lambda: fnmatch.fnmatch(pathlib.Path('x.py'), '*.py'), lambda: sorted(glob.glob('gb/*'))]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
import shutil; shutil.rmtree('gb')
