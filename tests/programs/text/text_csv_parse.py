# checks that genpy runs this program (text_csv_parse, from the second differential-testing corpus) exactly as CPython 3.11 does
RAW = '''name,age,city,score
"Smith, John",42,"New York",88.5
Jane Doe,35,Boston,92
"O""Brien",29,"San Francisco",79.25
,51,Chicago,
Bob,x,Denver,60
'''
def parse_line(line):
    fields, cur, inq, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if inq:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"'); i += 1
                else:
                    inq = False
            else:
                cur.append(ch)
        elif ch == '"':
            inq = True
        elif ch == ",":
            fields.append("".join(cur)); cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields
lines = RAW.strip().split("\n")
header = parse_line(lines[0])
rows = []
for ln, line in enumerate(lines[1:], start=2):
    rec = dict(zip(header, parse_line(line)))
    try:
        rec["age"] = int(rec["age"])
    except ValueError as e:
        print(f"line {ln}: {e}")
        continue
    rec["score"] = float(rec["score"]) if rec["score"] else None
    rows.append(rec)
for r in rows:
    print(repr(r["name"]).ljust(16), str(r["age"]).rjust(3), r["city"].center(15, "."), r["score"])
scored = [r for r in rows if r["score"] is not None]
print("avg", round(sum(r["score"] for r in scored) / len(scored), 3))
print(sorted(rows, key=lambda r: (r["score"] is None, -(r["score"] or 0)))[0]["name"])
