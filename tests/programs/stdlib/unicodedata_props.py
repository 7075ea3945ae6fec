import unicodedata as ud
s = "Café Crème — naïve façade ½ Ⅻ ﬁ Ωmega 中文 ٣"
print(ud.unidata_version)
print(ud.normalize("NFKD", s).encode("ascii", "ignore").decode())
print("".join(c for c in ud.normalize("NFD", s) if ud.category(c) != "Mn"))
print([ud.category(c) for c in "aA1 ,\u0301中\x00\U0010ffff\ud7ff"])
print([ud.combining(c) for c in "a\u0301\u0327"], [ud.east_asian_width(c) for c in "a中ｱ한\u00e9"], [ud.bidirectional(c) for c in "aא1 ٣"], [ud.mirrored(c) for c in "()a"])
print([ud.name(c) for c in "a€中😀é"], ud.name("\x00", "none"), ud.lookup("SNOWMAN"), ud.lookup("latin small letter a"))
print(ud.numeric("½"), ud.numeric("Ⅻ"), ud.decimal("٣"), ud.digit("²"), ud.numeric("a", -1), ud.decimal("²", None))
print(ud.normalize("NFC", "e\u0301") == "é", ud.is_normalized("NFC", "é"), ud.is_normalized("NFD", "é"), len(ud.normalize("NFD", "한")), ud.normalize("NFKC", "ﬁ①"))
for bad in [lambda: ud.category("ab"), lambda: ud.name("\x00"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.normalize("XYZ", "a"), lambda: ud.digit("a"), lambda: ud.category(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
