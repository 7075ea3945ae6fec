import sys
from pipeline import run, registry
from pipeline.stages import numbers as nums
from pipeline.stages.text import upper_words
import pipeline.stages.text as text_mod
from pipeline.errors import StageError

print(run([nums.evens, nums.squares], range(10)))
print(list(upper_words(["hello world", "generator pipes"])))
print(sorted(registry))
print(text_mod.__name__, text_mod.__package__, nums.__name__)
print("pipeline.stages" in sys.modules, pipeline_attr := hasattr(sys.modules["pipeline"], "stages"))
try:
    run([nums.fail_on(3)], range(5))
except StageError as e:
    print("StageError:", e, "| cause:", repr(e.__cause__))
import pipeline
print(pipeline.VERSION, pipeline.__doc__)
from pipeline import *
print(sorted(n for n in dir() if n.startswith("pub")))
