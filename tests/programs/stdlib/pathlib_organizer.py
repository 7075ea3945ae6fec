# A realistic tool: sort a messy downloads folder into folders by kind, skip
# hidden files and keep duplicates apart, report sizes like `du`, then archive
# old reports with shutil; everything inside a TemporaryDirectory.
import fnmatch
import glob
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

KINDS = {
    "images": ["*.png", "*.jpg", "*.gif"],
    "docs": ["*.txt", "*.md", "*.pdf"],
    "code": ["*.py", "*.rs"],
}
FILES = {
    "holiday.png": "p" * 10, "scan.JPG": "j" * 3, "notes.txt": "n" * 25, "README.md": "r" * 7,
    "script.py": "print()\n", "main.rs": "fn main() {}\n", "archive.tar.gz": "t" * 40,
    ".DS_Store": "junk", "report-2021.txt": "old", "report-2022.txt": "older",
    "report-2023.txt": "new!", "sub/holiday.png": "another picture",
}


def kind_of(name):
    for kind, patterns in KINDS.items():
        if any(fnmatch.fnmatch(name.lower(), p) for p in patterns):
            return kind
    return "other"


def unique(target):
    # target, or target with " (n)" before its suffix when it is taken.
    n = 1
    candidate = target
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
    return candidate


def organize(inbox, out):
    moves = []
    for path in sorted(inbox.rglob("*")):
        if path.is_dir() or path.name.startswith("."):
            continue
        dest_dir = out / kind_of(path.name)
        dest_dir.mkdir(parents=True, exist_ok=True)
        dest = unique(dest_dir / path.name)
        shutil.move(str(path), dest)
        moves.append((path.relative_to(inbox), dest.relative_to(out)))
    return moves


def du(top):
    # (size, path) of every directory, summed bottom-up like `du`.
    totals = defaultdict(int)
    for dirpath, dirnames, filenames in os.walk(top, topdown=False):
        size = sum(os.path.getsize(os.path.join(dirpath, f)) for f in filenames)
        size += sum(totals[os.path.join(dirpath, d)] for d in dirnames)
        totals[dirpath] = size
    return sorted((size, os.path.relpath(p, top)) for p, size in totals.items())


with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    inbox = base / "Downloads"
    for rel, text in FILES.items():
        target = inbox / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    print(sorted(glob.glob("*", root_dir=inbox)))
    out = base / "Sorted"
    for src, dst in organize(inbox, out):
        print(f"{str(src):18} -> {dst}")
    print("left behind:", sorted(p.name for p in inbox.rglob("*") if p.is_file()))
    for size, rel in du(out):
        print(f"{size:5d}  {rel}")
    archive = out / "archive"
    archive.mkdir()
    for report in sorted(out.glob("docs/report-20[12]?.txt")):
        shutil.copy2(report, archive)
        report.unlink()
    print(sorted(p.name for p in archive.iterdir()), sorted(p.name for p in (out / "docs").iterdir()))
    shutil.rmtree(inbox)
    print(sorted(str(p.relative_to(base)) for p in base.iterdir()))
print(os.path.exists(tmp))
