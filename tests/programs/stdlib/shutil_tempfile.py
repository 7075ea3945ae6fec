# shutil (copyfile, copy, copy2, copytree with ignore and dirs_exist_ok, move,
# rmtree with onerror, disk_usage) inside a tempfile.TemporaryDirectory; mkstemp
# with os.fdopen, mkdtemp, NamedTemporaryFile, TemporaryFile. Only relative paths
# are printed.
import os
import shutil
import stat
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
with tempfile.TemporaryDirectory(prefix="genpy-", suffix=".d") as top:
    name = os.path.basename(top)
    print(name.startswith("genpy-"), name.endswith(".d"), os.path.isdir(top))
    os.chdir(top)
    os.makedirs("src/lib")
    for rel, text in [("src/a.txt", "alpha\n"), ("src/lib/b.py", "beta\n"), ("src/lib/c.pyc", "x")]:
        with open(rel, "w") as f:
            f.write(text)
    os.chmod("src/a.txt", 0o640)
    print(shutil.copyfile("src/a.txt", "copy.txt"), open("copy.txt").read(), end="")
    print(oct(stat.S_IMODE(os.stat("copy.txt").st_mode)) != "0o640" or "umask")
    print(shutil.copy("src/a.txt", "copy2.txt"), oct(stat.S_IMODE(os.stat("copy2.txt").st_mode)))
    print(shutil.copy2("src/a.txt", "copy3.txt"),
          os.stat("copy3.txt").st_mtime_ns == os.stat("src/a.txt").st_mtime_ns)
    os.mkdir("into")
    print(shutil.copy("src/a.txt", "into"), os.listdir("into"))
    for src, dst in [("copy.txt", "copy.txt"), ("nope", "x"), ("src", "x")]:
        try:
            shutil.copyfile(src, dst)
        except OSError as e:
            print(type(e).__name__, e)
    print(shutil.copytree("src", "tree"))
    print(sorted(os.path.relpath(os.path.join(d, f), "tree") for d, _, fs in os.walk("tree") for f in fs))
    try:
        shutil.copytree("src", "tree")
    except FileExistsError as e:
        print(e)
    shutil.copytree("src", "tree2", ignore=shutil.ignore_patterns("*.pyc", "a.*"))
    print(sorted(os.path.relpath(os.path.join(d, f), "tree2") for d, _, fs in os.walk("tree2") for f in fs))
    with open("tree2/extra", "w") as f:
        f.write("!")
    shutil.copytree("src", "tree2", dirs_exist_ok=True)
    print(sorted(os.listdir("tree2")))
    print(shutil.move("copy3.txt", "moved.txt"), shutil.move("moved.txt", "into"),
          shutil.move("tree2", "tree3"), shutil.move("tree3", "into"))
    print(sorted(os.listdir("into")))
    try:
        shutil.move("into/a.txt", "into")
    except shutil.Error as e:
        print("Error:", e)
    try:
        shutil.move("tree", "tree/inside")
    except shutil.Error as e:
        print("Error:", e)
    shutil.rmtree("tree")
    print(os.path.exists("tree"))
    try:
        shutil.rmtree("tree")
    except FileNotFoundError as e:
        print(e)
    shutil.rmtree("tree", ignore_errors=True)
    calls = []
    shutil.rmtree("copy.txt", onerror=lambda fn, p, info: calls.append((fn.__name__, p, info[0].__name__)))
    print(calls)
    os.symlink("into", "link")
    try:
        shutil.rmtree("link")
    except OSError as e:
        print(e)
    usage = shutil.disk_usage(".")
    print(type(usage).__name__, usage.total >= usage.used, usage.total == usage[0])
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

    fd, path = tempfile.mkstemp(suffix=".txt", prefix="note-", dir=".")
    print(isinstance(fd, int), os.path.isabs(path), os.path.basename(path).startswith("note-"))
    with os.fdopen(fd, "w") as f:
        f.write("through fdopen\n")
        print(f.name == fd)
    print(open(path).read(), end="")
    try:
        os.close(fd)
    except OSError as e:
        print(e)
    d = tempfile.mkdtemp(dir=".")
    print(os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)), d.startswith("./tmp"), len(d))
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log") as f:
        f.write("one\ntwo\n")
        f.seek(0)
        print([line.strip() for line in f], os.path.exists(f.name), f.name.endswith(".log"))
        print(f.closed, f.mode, f.delete)
    print(os.path.exists(f.name), f.closed)
    f = tempfile.NamedTemporaryFile("w", dir=d, delete=False)
    f.write("kept")
    f.close()
    print(open(f.name).read(), os.listdir(d) == [os.path.basename(f.name)])
    t = tempfile.TemporaryFile("w+", dir=d)
    t.write("anonymous")
    t.seek(0)
    print(t.read(), type(t.name).__name__, len(os.listdir(d)))
    t.close()
    os.chdir("/")
print(os.path.exists(top))
td = tempfile.TemporaryDirectory()
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
