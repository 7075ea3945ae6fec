# The OSErrors of the os functions, with the file names CPython 3.11 gives them
# (none for utime), and of shutil.disk_usage and open().
import os, shutil
open('ex.txt', 'w').close()
calls = [lambda: os.chmod('nope', 0o644), lambda: os.readlink('nope'), lambda: os.readlink('ex.txt'),
         lambda: os.symlink('x', 'ex.txt'), lambda: os.link('nope', 'y'), lambda: os.link('ex.txt', 'ex.txt'),
         lambda: os.open('nope', os.O_RDONLY), lambda: os.open('ex.txt', os.O_CREAT | os.O_EXCL | os.O_WRONLY),
         lambda: os.chdir('nope'), lambda: os.chdir('ex.txt'), lambda: os.scandir('nope'), lambda: os.lstat('nope'),
         lambda: os.rmdir('nope'), lambda: os.mkdir('nope/x'), lambda: os.replace('nope', 'x'),
         lambda: os.utime('nope', (1, 2)), lambda: os.fstat(99), lambda: os.close(99),
         lambda: os.stat(''), lambda: os.listdir(''), lambda: os.mkdir(''), lambda: shutil.disk_usage('nope'),
         lambda: os.remove(''), lambda: open(''), lambda: os.get_terminal_size(98), lambda: os.strerror(99999)]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'filename', None), getattr(e, 'filename2', None))
os.remove('ex.txt')
