# checks that genpy runs this program (gen_pipeline_stages_class, from the second differential-testing corpus) exactly as CPython 3.11 does
class Stage:
    def __init__(self, fn, name):
        self.fn, self.name = fn, name
    def __or__(self, other):
        return Pipeline([self, other])
    def __call__(self, it):
        return self.fn(it)
class Pipeline:
    def __init__(self, stages): self.stages = stages
    def __or__(self, other):
        return Pipeline(self.stages + [other])
    def __call__(self, it):
        for s in self.stages:
            it = s(it)
        return it
    def __repr__(self): return " | ".join(s.name for s in self.stages)
def stage(fn): return Stage(fn, fn.__name__)
@stage
def strip(lines):
    for l in lines: yield l.strip()
@stage
def nonempty(lines):
    return (l for l in lines if l)
@stage
def numbered(lines):
    yield from (f"{i:02}: {l}" for i, l in enumerate(lines, 1))
p = strip | nonempty | numbered
print(p)
print(list(p(["  a ", "", " b", "   ", "c  "])))
print(list((nonempty | strip)(["x", "", " y "])))
