tests = ["ﬁ", "ß", "ǅ", "ǆa", "ǳ", "hello WORLD", "they're bill's friends", "1st 2nd", "ΣΑΣ ΣΑΣ", "ŉ", "ᾳ", "İstanbul", "ﬃne", "straße", "中文abc", "ᾈ", "Ǆ"]
for t in tests:
    print(repr(t), repr(t.casefold()), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), t.istitle(), t.isupper(), t.islower(), repr(t.upper()), repr(t.lower()))
print("Straße".casefold() == "STRASSE".casefold())
for t in ["ΟΔΟΣ.", "Σ", "AΣ'", "AΣ'B", "ΑΣ\u0301", "ὈΔΥΣΣΕΎΣ", "ǲemal ǈubljana", "ﬀ ﬂ ﬆ"]:
    print(repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.casefold()), repr(t.lower()))
print(sorted(["Straße", "STRASSE", "strasse"], key=str.casefold))
