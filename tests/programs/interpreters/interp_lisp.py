# checks that genpy runs this program (interp_lisp, from the second differential-testing corpus) exactly as CPython 3.11 does
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def parse(toks):
    t = toks.pop(0)
    if t == "(":
        lst = []
        while toks[0] != ")":
            lst.append(parse(toks))
        toks.pop(0)
        return lst
    try: return int(t)
    except ValueError: return t
def lookup(env, name):
    while env is not None:
        if name in env[0]:
            return env[0][name]
        env = env[1]
    raise NameError(f"unbound {name}")
import math
GLOBAL = ({"+": lambda *a: sum(a), "-": lambda a, b: a - b, "*": lambda a, b: a * b, "<": lambda a, b: a < b,
           "=": lambda a, b: a == b, "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:]}, None)
def evaluate(x, env=GLOBAL):
    if isinstance(x, str):
        return lookup(env, x)
    if isinstance(x, int):
        return x
    op, *args = x
    if op == "if":
        c, a, b = args
        return evaluate(a if evaluate(c, env) else b, env)
    if op == "define":
        env[0][args[0]] = evaluate(args[1], env); return None
    if op == "lambda":
        params, body = args
        return lambda *vals: evaluate(body, (dict(zip(params, vals)), env))
    f = evaluate(op, env)
    return f(*[evaluate(a, env) for a in args])
prog = """(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(list (fib 10) (fib 15) (car (cdr (list 1 2 3))))
(undefined 1)"""
for line in prog.splitlines():
    try:
        r = evaluate(parse(tokenize(line)))
        if r is not None: print(r)
    except NameError as e:
        print("NameError:", e)
