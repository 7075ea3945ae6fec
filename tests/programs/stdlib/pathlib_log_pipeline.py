# A realistic job: find every *.log file under a tree (with os.walk and with
# Path.rglob), then stream their lines through a generator pipeline that parses,
# filters and aggregates them without reading any file whole.
import os
import tempfile
from collections import Counter
from pathlib import Path

LOGS = {
    "web/access.log": ["INFO GET /", "INFO GET /about", "ERROR GET /missing 404", "INFO POST /login"],
    "web/old/access.1.log": ["INFO GET /", "WARN slow response 2.5s"],
    "db/db.log": ["INFO connected", "ERROR deadlock detected", "WARN retrying", "INFO done"],
    "db/notes.txt": ["ERROR this is not a log file"],
    "app/.cache/hidden.log": ["ERROR hidden but still a log"],
    "app/run.log": [],
}


def build(root):
    for rel, lines in LOGS.items():
        path = Path(root, rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(line + "\n" for line in lines))


def walk_logs(root):
    # os.walk: prune the hidden directories, sort for a stable order.
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(".log"):
                yield os.path.join(dirpath, name)


def rglob_logs(root):
    yield from sorted(Path(root).rglob("*.log"))


def lines_of(paths):
    for path in paths:
        with open(path) as f:
            for number, line in enumerate(f, 1):
                yield path, number, line.rstrip("\n")


def parsed(records):
    for path, number, line in records:
        level, _, message = line.partition(" ")
        yield {"file": str(path), "line": number, "level": level, "message": message}


def only(levels, entries):
    return (e for e in entries if e["level"] in levels)


with tempfile.TemporaryDirectory() as top:
    build(top)
    rel = lambda p: os.path.relpath(p, top)
    walked = [rel(p) for p in walk_logs(top)]
    globbed = [rel(p) for p in rglob_logs(top)]
    print("os.walk :", walked)
    print("rglob   :", globbed)
    print("hidden only in rglob:", sorted(set(globbed) - set(walked)))

    pipeline = only({"ERROR", "WARN"}, parsed(lines_of(walk_logs(top))))
    print(type(pipeline).__name__)
    first = next(pipeline)
    print("first:", rel(first["file"]), first["line"], first["level"], first["message"])
    for e in pipeline:
        print(f"{rel(e['file'])}:{e['line']}: {e['level']} {e['message']}")

    counts = Counter(e["level"] for e in parsed(lines_of(rglob_logs(top))))
    print(sorted(counts.items()))
    per_file = Counter(rel(path) for path, _, _ in lines_of(rglob_logs(top)))
    print(sorted(per_file.items()))
    empty = [rel(p) for p in rglob_logs(top) if p.stat().st_size == 0]
    print("empty logs:", empty)
    sizes = sum(p.stat().st_size for p in Path(top).rglob("*.log"))
    print("total bytes:", sizes)
print("cleaned up:", not os.path.exists(top))
