# The namereplace error handler: \N{NAME} for each character the codec cannot
# encode (a \x, \u or \U escape for a character without a name), in str.encode,
# codecs.encode and text files; decoding refuses it as CPython does.
import codecs
import os
import tempfile

text = "a\u00e9\u20ac\x85\U0001f600 \u4e00\uac00 \u00a0\ufeff\ue000 z"
for enc in ["ascii", "latin-1", "cp1252"]:
    print(enc, text.encode(enc, "namereplace"))
print(codecs.encode("\u2603 snow", "ascii", "namereplace"))
print("plain".encode("ascii", "namereplace"))
try:
    b"\xff".decode("utf-8", "namereplace")
except TypeError as e:
    print("TypeError:", e)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "n.txt")
    with open(path, "w", encoding="ascii", errors="namereplace") as f:
        f.write("caf\u00e9 \u2014 na\u00efve\n")
        print(f.errors)
    with open(path, "rb") as f:
        print(f.read())
