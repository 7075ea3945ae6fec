"""Topological sorting of a graph of hashable nodes (``TopologicalSorter``) and
``CycleError``: genpy's implementation of the documented behaviour of CPython 3.11's
``graphlib`` module. Nodes come out in the order CPython gives: a node is ready once
all its predecessors are done, and ready nodes keep the order they were first seen."""

__all__ = ["TopologicalSorter", "CycleError"]


class CycleError(ValueError):
    """Raised by ``prepare()`` for a graph with a cycle; ``args[1]`` lists the cycle's
    nodes, its first node repeated at the end."""


# What `_waiting` holds for a node once it has been given out or marked done.
_GIVEN_OUT = -1
_FINISHED = -2
# The end of a node's successors in the cycle search (None may be a node).
_END = object()


class TopologicalSorter:
    """``TopologicalSorter(graph=None)``: ``graph`` maps each node to an iterable of
    its predecessors."""

    def __init__(self, graph=None):
        # Per node, in the order nodes were first seen: its successors, and how many
        # predecessors it still waits for (or _GIVEN_OUT / _FINISHED).
        self._successors = {}
        self._waiting = {}
        self._ready = None
        self._given_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _know(self, node):
        if node not in self._waiting:
            self._waiting[node] = 0
            self._successors[node] = []

    def add(self, node, *predecessors):
        """Adds ``node`` with the given predecessors (each added as a node too)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._know(node)
        self._waiting[node] += len(predecessors)
        for pred in predecessors:
            self._know(pred)
            self._successors[pred].append(node)

    def prepare(self):
        """Ends the graph: finds the first ready nodes, and raises CycleError for a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n for n, waiting in self._waiting.items() if waiting == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes whose predecessors are all done, each given out once."""
        self._check_prepared()
        batch = tuple(self._ready)
        self._ready = []
        for node in batch:
            self._waiting[node] = _GIVEN_OUT
        self._given_out += len(batch)
        return batch

    def is_active(self):
        """True while some node is not yet done or ready nodes wait to be taken."""
        self._check_prepared()
        return self._finished < self._given_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes given out by ``get_ready()`` as processed."""
        self._check_prepared()
        for node in nodes:
            if node not in self._waiting:
                raise ValueError(f"node {node!r} was not added using add()")
            state = self._waiting[node]
            if state == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if state != _GIVEN_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            self._waiting[node] = _FINISHED
            self._finished += 1
            for succ in self._successors[node]:
                self._waiting[succ] -= 1
                if self._waiting[succ] == 0:
                    self._ready.append(succ)

    def _cycle(self):
        # Depth-first from each node in turn, along successors in the order added; the
        # first edge back into the current path closes the cycle reported.
        visited = set()
        for root in self._waiting:
            if root in visited:
                continue
            path, on_path, branches = [], {}, []
            node = root
            while True:
                if node not in visited:
                    visited.add(node)
                    on_path[node] = len(path)
                    path.append(node)
                    branches.append(iter(self._successors[node]))
                elif node in on_path:
                    return path[on_path[node]:] + [node]
                node = _END
                while branches:
                    node = next(branches[-1], _END)
                    if node is not _END:
                        break
                    del on_path[path.pop()]
                    branches.pop()
                if node is _END:
                    break
        return None

    def static_order(self):
        """Every node, predecessors first, as a generator."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)
