# checks that genpy runs this program (lexer_strings, from the first differential-testing corpus) exactly as CPython 3.11 does
print('single', "double", '''triple
quoted''', """another""", r"raw\n", 'esc\tape\\', "\u00e9")
print("implicit" " concat" 'enation', len("\x41\101\n"), "a\
b")
print(f"{'q'}" f"{1+1}" "plain", rf"raw{1}\n", fr"{2}\t")
x = 0xFF + 0o17 + 0b101 + 1_000_000 + 0x_ff
print(x, 1_0.5, 1e1_0 if False else 1e10, .5, 5., 0e0, 00, 0_0)
print(10**100 // 10**99, 123456789012345678901234567890)
s = 'it\'s'; t = "say \"hi\""; print(s, t)
print("""a "quoted" 'thing'""", '''x''' + """y""")
print("tab\tnew\\n", "\a\b\f\v" == "\x07\x08\x0c\x0b", "\0" == "\x00")
print(len("""
"""), "# not a comment")  # a comment
if True: print("one-liner"); print("two")
def f(): return 1; 
print(f())
