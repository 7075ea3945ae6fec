# checks that string literals with quote styles and r/R/u prefixes and implicit concatenation work
print('single', "double")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print(r"raw \n stays", R'raw \t too')
print(u"unicode prefix")
print("adjacent " "literals " 'join')
s = ("implicit"
     " joining"
     " across lines")
print(s)
print(len(r"\n"), len("\n"))
print(repr(r"a\b"))
print(repr("tab\there"))


def words():
    for w in ("alpha", 'beta', r"gam\ma"):
        yield w


print("-".join(words()))
