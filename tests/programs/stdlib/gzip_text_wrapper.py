# io.TextIOWrapper over a GzipFile and a BZ2File (as csv and line loops use them),
# and shutil.copyfileobj into and out of a gzip file.
import bz2
import csv
import gzip
import io
import os
import shutil

rows = [["id", "name", "score"]] + [[str(i), "name%d" % i, str(i * 37 % 100)] for i in range(300)]
with gzip.open("gzip_text_wrapper.csv.gz", "wb") as raw:
    with io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
        csv.writer(text).writerows(rows)
with gzip.open("gzip_text_wrapper.csv.gz", "rb") as raw:
    reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
    scores = [int(r["score"]) for r in reader]
print(len(scores), sum(scores), max(scores))

with bz2.BZ2File("gzip_text_wrapper.bz2", "w") as raw:
    text = io.TextIOWrapper(raw, encoding="utf-8")
    text.write("alpha\nbeta\ngamma\n")
    text.flush()
with bz2.BZ2File("gzip_text_wrapper.bz2") as raw:
    print([line.upper() for line in io.TextIOWrapper(raw)])

with open("gzip_text_wrapper.txt", "wb") as f:
    f.write(b"plain bytes to copy\n" * 1000)
with open("gzip_text_wrapper.txt", "rb") as src, gzip.open("gzip_text_wrapper.gz", "wb") as dst:
    shutil.copyfileobj(src, dst)
with gzip.open("gzip_text_wrapper.gz", "rb") as src, open("gzip_text_wrapper.out.txt", "wb") as dst:
    shutil.copyfileobj(src, dst)
with open("gzip_text_wrapper.out.txt", "rb") as f:
    data = f.read()
print(len(data), data[:20])
for name in ["gzip_text_wrapper.csv.gz", "gzip_text_wrapper.bz2", "gzip_text_wrapper.txt",
             "gzip_text_wrapper.gz", "gzip_text_wrapper.out.txt"]:
    os.remove(name)
