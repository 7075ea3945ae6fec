# fileinput reading UTF-8 text: fileinput.hook_encoded as the openhook, and the
# encoding argument of FileInput.
import fileinput
with open("fileinput_encoding.txt", "w", encoding="utf-8") as f:
    f.write("caf\u00e9\nna\u00efve\n")
for line in fileinput.input("fileinput_encoding.txt", openhook=fileinput.hook_encoded("utf-8")):
    print(fileinput.filelineno(), line.rstrip(), len(line))
fileinput.close()
with fileinput.FileInput(["fileinput_encoding.txt"], encoding="utf-8") as f:
    print([l.strip() for l in f])
