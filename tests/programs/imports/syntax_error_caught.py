# A SyntaxError raised by an import is an exception like any other: its filename and
# line point into the imported file, and the module is not left in sys.modules.
import sys

HERE = __file__.rsplit("/", 1)[0]
try:
    import broken2
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.replace(HERE, "<here>"), e.lineno)
print("broken2" in sys.modules)
try:
    import bad_indent
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
