import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "syspath_app", "vendor"))
import tools
from tools.lazy import compute
import tools.lazy as lz
from helpers_star import *

print(tools.__name__, os.path.basename(os.path.dirname(tools.__file__)), len(tools.__path__))
print(compute(4), lz.missing_attr_demo, public_fn(), "_hidden" in dir())
try:
    lz.really_missing
except AttributeError as e:
    print("AttributeError:", e)
with open(os.path.join(HERE, "syspath_app", "data", "words.txt")) as f:
    words = [w.strip() for w in f if w.strip()]
print(words, sorted(words, key=len))
print(sys.path[0].endswith("vendor"), [m for m in ("tools", "tools.lazy", "helpers_star") if m in sys.modules])
import helpers_star
print(helpers_star.run_count, helpers_star.__name__)
print(repr(tools)[:22], str(type(tools)))
