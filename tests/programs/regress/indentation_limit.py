# CPython's tokenizer allows 99 indented levels; the 100th is an IndentationError,
# found at once however deep the source goes.
def nested(levels):
    src = "".join(" " * i + "if 1:\n" for i in range(levels))
    return src + " " * levels + "x = 1\n"

for levels in [98, 99, 100, 1000]:
    try:
        compile(nested(levels), "<deep>", "exec")
        print(levels, "ok")
    except IndentationError as e:
        print(levels, type(e).__name__, e.msg, e.lineno)
exec(nested(99))
print(x)
exec(nested(5000))
