import functools
import re

def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def grep(pattern, target):
    """Send matching lines on."""
    rx = re.compile(pattern)
    try:
        while True:
            line = yield
            if rx.search(line):
                target.send(line)
    except GeneratorExit:
        target.close()

@coroutine
def tokenize(target):
    while True:
        line = yield
        for tok in re.findall(r"\w+", line):
            target.send(tok.lower())

@coroutine
def counter(results):
    try:
        while True:
            word = yield
            results[word] = results.get(word, 0) + 1
    finally:
        print("counter closed with", len(results), "words")

print(grep.__name__, grep.__doc__, grep.__wrapped__.__name__)
results = {}
pipe = grep(r"python|generator", tokenize(counter(results)))
text = """Python generators are lazy.
A generator yields values.
Nothing here.
Python, python, PYTHON: generator expressions too."""
for line in text.splitlines():
    pipe.send(line)
pipe.close()
for word, n in sorted(results.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:<12}{n:>3}")
try:
    pipe.send("again")
except StopIteration:
    print("closed pipeline raises StopIteration")
