# checks that genpy runs this program (interp_assembler, from the second differential-testing corpus) exactly as CPython 3.11 does
src = """
        mov a 5
        mov b 1
loop:   mul b a
        dec a
        jnz a loop
        out b
        mov c 10
again:  dec c
        jnz c again
        out c
"""
def assemble(text):
    labels, prog = {}, []
    for line in text.strip().splitlines():
        if ":" in line:
            lab, line = line.split(":", 1)
            labels[lab.strip()] = len(prog)
        parts = line.split()
        if parts: prog.append(parts)
    return prog, labels
def execute(prog, labels):
    reg = dict.fromkeys("abc", 0)
    pc, steps, out = 0, 0, []
    val = lambda x: reg[x] if x in reg else int(x)
    while pc < len(prog):
        op, *a = prog[pc]; pc += 1; steps += 1
        if op == "mov": reg[a[0]] = val(a[1])
        elif op == "mul": reg[a[0]] *= val(a[1])
        elif op == "dec": reg[a[0]] -= 1
        elif op == "jnz":
            if val(a[0]) != 0: pc = labels[a[1]]
        elif op == "out": out.append(val(a[0]))
    return out, steps, reg
print(execute(*assemble(src)))
