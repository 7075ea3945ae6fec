import os, tempfile, shutil, stat
from pathlib import Path

def human(n):
    for unit in ['B', 'K', 'M', 'G']:
        if n < 1024:
            return f"{n:.1f}{unit}" if unit != 'B' else f"{n}{unit}"
        n /= 1024
    return f"{n:.1f}T"

def walk_sizes(top):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
        size = 0
        for fn in filenames:
            fp = os.path.join(dirpath, fn)
            if not os.path.islink(fp):
                size += os.path.getsize(fp)
        yield dirpath, size, len(filenames)

def tree(path, prefix=''):
    entries = sorted(os.listdir(path))
    for i, name in enumerate(entries):
        last = i == len(entries) - 1
        full = os.path.join(path, name)
        yield prefix + ('└── ' if last else '├── ') + name + ('/' if os.path.isdir(full) else '')
        if os.path.isdir(full):
            yield from tree(full, prefix + ('    ' if last else '│   '))

with tempfile.TemporaryDirectory() as d:
    specs = {'a/big.bin': 5000, 'a/b/small.txt': 10, 'a/b/c/deep.dat': 2048, 'x/y.log': 1536 * 1024, '.git/HEAD': 3, 'top.txt': 0}
    for rel, n in specs.items():
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p) or d, exist_ok=True)
        with open(p, 'wb') as f:
            f.write(b'x' * n)
    os.symlink(os.path.join(d, 'top.txt'), os.path.join(d, 'link.txt'))
    for path, size, n in walk_sizes(d):
        print(f"{os.path.relpath(path, d):<10} {human(size):>8} {n}")
    print('\n'.join(tree(d)))
    shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'a_copy'))
    shutil.move(os.path.join(d, 'x', 'y.log'), os.path.join(d, 'moved.log'))
    shutil.copy(os.path.join(d, 'top.txt'), os.path.join(d, 'a_copy', 'top2.txt'))
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, 'a_copy'))))
    st = os.stat(os.path.join(d, 'moved.log'))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode), os.path.islink(os.path.join(d, 'link.txt')), os.path.exists(os.path.join(d, 'nope')))
    shutil.rmtree(os.path.join(d, 'a'))
    print(os.path.exists(os.path.join(d, 'a')), [p.name for p in sorted(Path(d).iterdir())])
    try:
        os.remove(os.path.join(d, 'nope.txt'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.rmdir(os.path.join(d, 'a_copy'))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        open(d)
    except IsADirectoryError as e:
        print('IsADirectoryError', e.errno)
    try:
        os.mkdir(os.path.join(d, 'x'))
    except FileExistsError as e:
        print('FileExistsError', e.strerror)
print(os.path.join('a', 'b', '/c'), os.path.normpath('a//b/../c/./d'), os.path.splitext('x.tar.gz'), os.path.split('/a/b/'), os.path.basename('/a/b/'), os.path.dirname('file'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']), os.path.isabs('a/b'), os.sep, repr(os.linesep))
