# csv.reader: dialects, quoting, escapes, multi-line fields and line_num,
# over lists and generators of lines
import csv

lines = ['name,age,city\r\n', 'ann,31,"Paris, France"\r\n', '"bob ""the builder""",25,rome\r\n',
         '\r\n', 'cy,40,"line one\r\n', 'line two"\r\n', 'dee,,\r\n', 'last,1,no newline']
r = csv.reader(lines)
print(type(r).__name__, r.line_num)
for row in r:
    print(r.line_num, row)

def gen_lines():
    yield "a;b;'c;d'\n"
    yield "1;2;'x''y'\n"
    yield "  lead; space ;x\n"

print(list(csv.reader(gen_lines(), delimiter=";", quotechar="'")))
print(list(csv.reader(gen_lines(), delimiter=";", quotechar="'", skipinitialspace=True)))
print(list(csv.reader(["a\tb\t\"c\td\"\n"], "excel-tab")))
print(list(csv.reader(['a,"b",c\n'], "unix")))
print(list(csv.reader(['a,b\\,c,"d\\"e",f\\\n', 'g\n'], escapechar="\\")))
print(list(csv.reader(["a\\\nb c", "d,e\n", "f\n"], escapechar="\\")))
print(list(csv.reader(['a,"b"c,d\n', '"x"y"z"\n'])))
print(list(csv.reader(['"a"b,c\n'], doublequote=False)))
print(list(csv.reader(['"a\\"b",c\n'], doublequote=False, escapechar="\\")))
print(list(csv.reader(['"a",b,"c d"\n'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,2.5,"3",-4e2, 7 ,\n'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["", "\n", "x\n", "  \n"])))
print(list(csv.reader(['a,"unterminated\n', 'still going'])))
print(list(csv.reader(['a,"b\n'])), list(csv.reader(['tail,'])))
print(list(csv.reader(["a|b|c"], delimiter="|")))
print(list(csv.reader(["caf\u00e9,\u00fcber,\U0001f600"])))

# a registered dialect, and a Dialect subclass
csv.register_dialect("pipes", delimiter="|", quotechar="'", skipinitialspace=True)
print(csv.list_dialects())
d = csv.get_dialect("pipes")
print(type(d).__name__, d.delimiter, d.quotechar, d.skipinitialspace, repr(d.lineterminator), d.quoting)
print(list(csv.reader(["a| 'b|c'| d"], "pipes")))
print(list(csv.reader(["a| 'b|c'| d"], "pipes", skipinitialspace=False)))
csv.unregister_dialect("pipes")
print(csv.list_dialects())

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False

print(list(csv.reader(['x;"y;z"'], Semi)), list(csv.reader(['x;"y;z"'], Semi())))
e = csv.get_dialect("excel")
print(e.delimiter, repr(e.lineterminator), e.quoting, e.doublequote, e.escapechar, e.skipinitialspace, e.strict, e.quotechar)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)
r = csv.reader([], delimiter=":")
print(r.dialect.delimiter, r.dialect.quotechar, csv.reader([], "excel").dialect is e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())
print(csv.reader([], quotechar=None).dialect.quoting)
print(csv.field_size_limit(10), csv.field_size_limit())
print(list(csv.reader(["0123456789,x"])))
csv.field_size_limit(131072)

# the reader is lazy: it takes a line from its input only when a record needs one
def noisy():
    for i in range(3):
        print("  reading line", i)
        yield f"{i},{i * i}\n"

rows = csv.reader(noisy())
print("first:", next(rows))
print("rest:", list(rows))
