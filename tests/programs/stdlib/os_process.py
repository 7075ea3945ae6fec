# The process and its system: ids, umask, uname, the terminal's size (stdout is
# not a terminal here, so shutil falls back) as struct sequences.
import os
import shutil

for name in ["COLUMNS", "LINES"]:
    os.environ.pop(name, None)
print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 40)))
os.environ["COLUMNS"] = "120"
print(shutil.get_terminal_size(), shutil.get_terminal_size().columns)
os.environ["LINES"] = "not a number"
print(shutil.get_terminal_size((1, 2)))
try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e)
t = os.terminal_size((3, 4))
print(t, t.columns, t.lines, t[0], len(t), t == (3, 4), isinstance(t, tuple))
cols, rows = t
print(cols + rows)
try:
    os.terminal_size((1,))
except TypeError as e:
    print(e)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, repr(u).startswith("posix.uname_result(sysname="))
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), os.getppid() > 0, os.getpid() != os.getppid())
old = os.umask(0o27)
os.mkdir("private")
print(oct(os.stat("private").st_mode & 0o777), os.umask(old) == 0o27)
os.rmdir("private")
