from pathlib import Path, PurePosixPath
import tempfile, os, shutil
from collections import defaultdict

files = ['IMG_001.JPG', 'img_002.jpeg', 'notes.txt', 'report.final.PDF', 'archive.tar.gz', 'Makefile', '.bashrc', 'song.mp3', 'data.csv', 'b.txt']
kinds = {'.jpg': 'images', '.jpeg': 'images', '.txt': 'text', '.pdf': 'docs', '.gz': 'archives', '.mp3': 'audio', '.csv': 'data'}

with tempfile.TemporaryDirectory() as d:
    inbox = Path(d) / 'inbox'
    inbox.mkdir()
    for i, name in enumerate(files):
        (inbox / name).write_bytes(b'x' * (i * 100))
    moved = defaultdict(list)
    for p in sorted(inbox.iterdir()):
        if not p.is_file():
            continue
        kind = kinds.get(p.suffix.lower(), 'other')
        target = Path(d) / 'sorted' / kind
        target.mkdir(parents=True, exist_ok=True)
        new = target / p.name.lower()
        p.rename(new)
        moved[kind].append(new.name)
    for kind in sorted(moved):
        print(f'{kind:10} {moved[kind]}')
    print(sorted(str(p.relative_to(d)) for p in Path(d).glob('sorted/*/*.txt')))
    print(list(inbox.iterdir()), inbox.exists(), (Path(d) / 'sorted').is_dir())
    for p in sorted((Path(d) / 'sorted').rglob('*')):
        if p.is_file():
            st = p.stat()
            print(p.relative_to(d).as_posix(), st.st_size, p.stem, p.suffix, p.suffixes, p.parent.name)
    p = Path(d) / 'sorted' / 'text' / 'notes.txt'
    with p.open('a') as f:
        f.write('appended\n')
    print(p.read_text()[-9:], p.with_name('renamed.md').name, p.with_stem('new').name if hasattr(p, 'with_stem') else '')
    print(p.match('*.txt'), p.match('text/*.txt'), p.match('*.md'), p.is_relative_to(d), PurePosixPath('/a/b/c').relative_to('/a'))
    print(PurePosixPath('a/b') / 'c', PurePosixPath('/a/./b//c/'), PurePosixPath('a/b.c.d').stem, PurePosixPath('x').with_suffix('.py'), PurePosixPath('/').parts)
    print(sorted(p.name for p in Path(d).rglob('*.TXT')), len(list(Path(d).rglob('*'))))
    empty = Path(d) / 'e'
    empty.mkdir()
    empty.rmdir()
    (Path(d) / 'sorted' / 'other' / 'makefile').unlink()
    print(sorted(x.name for x in (Path(d) / 'sorted' / 'other').iterdir()))
    try:
        (Path(d) / 'missing').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror, Path(e.filename).name)
    print(Path('a/b/../c').parts, Path('~').expanduser() == Path.home(), Path('x.py').resolve().name)
