import os, tempfile, glob, fnmatch
from pathlib import Path

layout = {
    'src/main.py': 'print("hi")\n',
    'src/util/helpers.py': 'x = 1\ny = 2\n',
    'src/util/__init__.py': '',
    'docs/index.md': '# Title\n\nSome text\n',
    'docs/api/ref.md': '## Ref\n',
    'logs/app.log': 'a\nb\nc\n',
    'logs/old/app.1.log': 'old\n' * 5,
    'README.txt': 'readme\n',
    '.hidden/secret.py': 'pass\n',
}

def find(root, pattern):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if fnmatch.fnmatch(name, pattern):
                yield os.path.join(dirpath, name)

def line_counts(paths):
    for p in paths:
        with open(p) as f:
            yield p, sum(1 for _ in f)

with tempfile.TemporaryDirectory() as tmp:
    for rel, text in layout.items():
        p = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w') as f:
            f.write(text)
    for p, n in line_counts(find(tmp, '*.py')):
        print(os.path.relpath(p, tmp), n)
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, '**', '*.log'), recursive=True)))
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, '*'))))
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, '*/*.md'))))
    print(sorted(glob.glob('*.md', root_dir=os.path.join(tmp, 'docs'))))
    root = Path(tmp)
    print(sorted(str(p.relative_to(root)) for p in root.rglob('*.md')))
    print(sorted(p.name for p in root.glob('**/*.py')))
    for p in sorted(root.rglob('*')):
        rel = p.relative_to(root)
        kind = 'd' if p.is_dir() else 'f'
        size = p.stat().st_size if p.is_file() else 0
        print(f"{kind} {str(rel):<25} {size:>4} {rel.suffix!r} {rel.stem!r} {len(rel.parts)}")
    total = sum(p.stat().st_size for p in root.rglob('*') if p.is_file())
    print('total', total)
    for top, dirs, files in os.walk(tmp, topdown=False):
        print(os.path.relpath(top, tmp), sorted(dirs), sorted(files))
    for entry in sorted(os.scandir(tmp), key=lambda e: e.name):
        print(entry.name, entry.is_dir(), entry.is_file())
    p = root / 'docs' / 'index.md'
    print(p.read_text().splitlines(), p.with_suffix('.txt').name, p.parent.name, p.suffixes)
    print(repr(Path('a/b/c.tar.gz')), Path('a/b/c.tar.gz').suffixes, Path('/x/y').parts, Path('a') / 'b' / '../c')
