# checks that genpy runs this program (text_stack_vm, from the second differential-testing corpus) exactly as CPython 3.11 does
PROG = """
push 10
push 20
add
dup
mul
push 7
swap
sub
print
push 3
jz 14
push 1
print
push 0
jz 17
push 99
print
push 42
print
halt
"""
def run(src):
    code = [l.split() for l in src.strip().splitlines()]
    stack, pc, out = [], 0, []
    ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        if op == "push": stack.append(int(args[0]))
        elif op in ops:
            b, a = stack.pop(), stack.pop(); stack.append(ops[op](a, b))
        elif op == "dup": stack.append(stack[-1])
        elif op == "swap": stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "print": out.append(stack.pop())
        elif op == "jz":
            if stack.pop() == 0: pc = int(args[0])
        elif op == "halt": break
        else: raise RuntimeError(f"bad op {op}")
    return out, stack
print(run(PROG))
