from .base import Plugin
from . import counter
counter.loads += 1
LOADS = counter.loads

class Alpha(Plugin, name="alpha"):
    def run(self, n):
        for i in range(n):
            yield i * 10
