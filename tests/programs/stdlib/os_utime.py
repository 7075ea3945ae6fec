# os.utime with int and float seconds (rounded down to nanoseconds), with ns=, and
# its errors; shutil.copyfileobj between text files in small chunks.
import os, shutil
open('u.txt', 'w').close()
for t in [(1, 2), (1.5, 2.25), (-1.5, 0.1), (1700000000.123456789, 3.999999999)]:
    os.utime('u.txt', t)
    s = os.stat('u.txt')
    print(t, s.st_atime_ns, s.st_mtime_ns, s.st_atime, s.st_mtime, s[7], s[8])
os.utime('u.txt', ns=(5, 10**9 + 7))
s = os.stat('u.txt'); print(s.st_atime_ns, s.st_mtime_ns, s.st_mtime)
for bad in [dict(times=(1,)), dict(times=[1, 2]), dict(times=(1, 2), ns=(1, 2)), dict(ns=(1.5, 2)), dict(times=('a', 2))]:
    try: os.utime('u.txt', **bad)
    except Exception as e: print(type(e).__name__, e)
try: os.utime('nope.txt')
except Exception as e: print(type(e).__name__, e)
with open('u.txt', 'w') as f: f.write('line1\nline2\n')
with open('u.txt') as src, open('v.txt', 'w') as dst:
    shutil.copyfileobj(src, dst, 3)
print(open('v.txt').read())
os.remove('u.txt'); os.remove('v.txt')
