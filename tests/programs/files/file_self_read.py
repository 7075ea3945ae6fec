# checks that genpy runs this program (file_self_read, from the second differential-testing corpus) exactly as CPython 3.11 does
with open(__file__) as f:
    src = f.read()
lines = src.splitlines()
print(len(lines), lines[0])
code_lines = [l for l in lines if l.strip() and not l.strip().startswith("#")]
print(len(code_lines))
# a comment line
print(sum(1 for l in lines if "print" in l))
print(__name__, __file__.endswith("file_self_read.py"))
