# The text wrapper gzip.open returns: its repr, name, encoding and errors, and
# io.TextIOWrapper's default encoding.
import gzip
import io
import os

f = gzip.open("gzip_text_repr.gz", "wt")
print(repr(f), f.name, f.encoding, f.errors)
f.write("x\n")
f.close()
with gzip.open("gzip_text_repr.gz", "rt", encoding="latin-1", errors="replace") as f:
    print(repr(f), f.encoding, f.errors, f.read(), end="")
print(io.TextIOWrapper(io.BytesIO()).encoding)
os.remove("gzip_text_repr.gz")
