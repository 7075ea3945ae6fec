import glob, os, tempfile, fnmatch
from pathlib import Path
with tempfile.TemporaryDirectory() as d:
    for rel in ['a.txt', '.hid.txt', 'b/c.txt', 'b/.h/d.txt', 'b/e/f.log', 'g[1].txt', 'x y.txt']:
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, 'w').close()
    r = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(r(glob.glob(os.path.join(d, '*.txt'))))
    print(r(glob.glob(os.path.join(d, '**'), recursive=True)))
    print(r(glob.glob(os.path.join(d, '**', '*.txt'), recursive=True)))
    print(r(glob.glob(os.path.join(d, '**/'), recursive=True)))
    print(r(glob.glob(os.path.join(d, 'g[[]1].txt'))), r(glob.glob(os.path.join(d, glob.escape('g[1].txt')))))
    print(r(glob.glob(os.path.join(d, '?.txt'))), r(glob.glob(os.path.join(d, '[ab]*'))), r(glob.glob(os.path.join(d, '[!a]*.txt'))))
    print(sorted(glob.glob('**/*.txt', root_dir=d, recursive=True)), sorted(glob.glob('*', root_dir=d, include_hidden=True)))
    print(sorted(str(p.relative_to(d)) for p in Path(d).glob('**')), sorted(str(p.relative_to(d)) for p in Path(d).glob('*/')))
    print(sorted(str(p.relative_to(d)) for p in Path(d).rglob('*.txt')), sorted(str(p.relative_to(d)) for p in Path(d).glob('b/**/*')))
    print(fnmatch.filter(['a.TXT', 'b.txt', '.c.txt'], '*.txt'), fnmatch.fnmatchcase('A.txt', '*.TXT'), fnmatch.translate('*.t?t'))
    print([n for _, _, fs in sorted(os.walk(d)) for n in sorted(fs)])
    it = glob.iglob(os.path.join(d, '*'))
    print(type(it).__name__, len(list(it)))
