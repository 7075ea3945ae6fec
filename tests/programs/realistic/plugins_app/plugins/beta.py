from . import base

class Beta(base.Plugin):
    def run(self, n):
        yield from reversed(range(n))
