# checks that genpy runs this program (app_ciphers, from the second differential-testing corpus) exactly as CPython 3.11 does
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(s, key, sign=1):
    ks = [ord(c) - 97 for c in key.lower()]
    out, i = [], 0
    for ch in s:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + sign * ks[i % len(ks)]) % 26 + base)); i += 1
        else: out.append(ch)
    return "".join(out)
msg = "Attack at Dawn! Meet by the old-oak, 7pm."
c = caesar(msg, 13)
print(c, caesar(c, 13) == msg)
v = vigenere(msg, "Lemon")
print(v, vigenere(v, "lemon", -1))
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64(data):
    bits = "".join(f"{ord(c):08b}" for c in data)
    pad = (-len(bits)) % 6
    bits += "0" * pad
    out = "".join(B64[int(bits[i:i+6], 2)] for i in range(0, len(bits), 6))
    return out + "=" * ((-len(data)) % 3)
print([b64(s) for s in ["", "f", "fo", "foo", "foob", "Hello, World!"]])
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{j - i}{s[i]}"); i = j
    return "".join(out)
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))
