# checks that genpy runs this program (statemachine_parser_ini, from the second differential-testing corpus) exactly as CPython 3.11 does
INI = """
; comment
[server]
host = example.com
port=8080
  
[database]
user = admin
password = "p@ss = word"
[empty]
[server]
timeout = 30
bad line here
"""
def parse_ini(text):
    section = None
    data = {}
    errors = []
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            data.setdefault(section, {})
            continue
        key, sep, value = line.partition("=")
        if not sep or section is None:
            errors.append((no, line))
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        elif value.isdigit():
            value = int(value)
        data[section][key.strip()] = value
    return data, errors
data, errors = parse_ini(INI)
for sec, kv in data.items():
    print(f"[{sec}]")
    for k, v in kv.items():
        print(f"  {k:<10}= {v!r}")
print(errors)
