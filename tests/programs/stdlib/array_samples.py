# array in a sensor logger: readings generated into typed arrays, written to a binary
# file and read back, a moving average over a slice, the raw bytes of a record, and
# the errors a bad reading gives.
from array import array
import struct

def readings(n):
    value = 20
    for i in range(n):
        value += (i * 7) % 5 - 2
        yield value

temps = array("h", readings(12))
print(temps, len(temps), temps.itemsize, temps.typecode)
volts = array("f", (t / 8 for t in temps))
print(volts[:4])
stamps = array("Q", range(1_700_000_000, 1_700_000_012))
with open("log.bin", "wb") as f:
    temps.tofile(f)
    stamps.tofile(f)
back = array("h")
later = array("Q")
with open("log.bin", "rb") as f:
    back.fromfile(f, len(temps))
    later.fromfile(f, 12)
    try:
        later.fromfile(f, 1)
    except EOFError as e:
        print("EOFError:", e)
print(back == temps, later[-1], later.tolist()[:3])

window = 4
avg = array("d", (sum(temps[i:i + window]) / window for i in range(len(temps) - window + 1)))
print(avg)
print(max(temps), min(temps), sorted(temps)[:3], temps.count(19), temps.index(max(temps)))
temps.append(-5)
temps.extend([1, 2])
temps.insert(0, 99)
print(temps.pop(), temps.pop(0), temps[-1], temps[2:5], temps[::3])
temps[1:3] = array("h", [0, 0, 0])
del temps[-2:]
print(temps)
temps.reverse()
print(temps, -5 in temps, 1000 in temps)

record = array("B", b"\x10\x20") + array("B", [255, 0])
print(record, bytes(record), record.tobytes().hex(), struct.unpack("<HH", bytes(record)))
words = array("H", bytes(record))
print(words, words * 2)
words.byteswap()
print(words, [hex(w) for w in words])
copy = array("H", words)
copy[0] = 1
print(words[0] != copy[0], array("d", [1.5, 2.5]) > array("d", [1.5]))
text = array("u", "hello")
text.fromunicode(" world")
print(text, text.tounicode().upper())

for bad in [lambda: temps.append(40000), lambda: array("B", [-1]), lambda: temps.append(1.5),
            lambda: array("x"), lambda: temps + [1], lambda: temps[100],
            lambda: temps.extend(array("i", [1])), lambda: {temps: 1}]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
