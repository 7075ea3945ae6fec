# checks send() pushing data through a chain of coroutine-style generators
def printer():
    while True:
        line = yield
        print("printer:", line)


def upper(target):
    while True:
        text = yield
        target.send(text.upper())


def grep(pattern, target):
    while True:
        text = yield
        if pattern in text:
            target.send(text)


p = printer()
next(p)
u = upper(p)
next(u)
gr = grep("gen", u)
next(gr)
for line in ["generators rock", "lists are eager", "genexps too"]:
    gr.send(line)
gr.close()
print("closed the head of the chain; the others are still alive:", p.gi_suspended)
