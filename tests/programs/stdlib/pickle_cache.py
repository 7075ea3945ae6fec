# pickle in a small job cache: results saved to a file with dump and read back with
# load, a class that drops an unpicklable handle in __getstate__ and reopens it in
# __setstate__, shared and self-referencing records, and what cannot be pickled.
import pickle


class Job:
    def __init__(self, name, deps=()):
        self.name = name
        self.deps = list(deps)
        self.result = None
        self.log = open("job.log", "a")

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["log"]
        return state

    def __setstate__(self, state):
        for key, value in state.items():
            setattr(self, key, value)
        self.log = None

    def __repr__(self):
        shown = {k: v for k, v in (self.result or {}).items() if k != "tags"}
        return "Job(%r, deps=%r, result=%r)" % (self.name, [d.name for d in self.deps], shown)


build = Job("build")
test = Job("test", [build])
deploy = Job("deploy", [build, test])
for i, job in enumerate([build, test, deploy]):
    job.result = {"status": "ok", "seconds": 1.5 * (i + 1), "tags": {"ci", job.name}}
graph = {"jobs": [build, test, deploy], "order": ("build", "test", "deploy")}
graph["self"] = graph
with open("cache.pkl", "wb") as f:
    pickle.dump(graph, f, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.dump(["second", "record"], f)
with open("cache.pkl", "rb") as f:
    loaded = pickle.load(f)
    second = pickle.load(f)
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError:", e)
print(second, loaded["order"], loaded["self"] is loaded)
jobs = loaded["jobs"]
for job in jobs:
    print(job, sorted(job.result["tags"]), job.log)
print(jobs[2].deps[0] is jobs[0], jobs[1].deps[0] is jobs[0])
for job in [build, test, deploy]:
    job.log.close()

blob = pickle.dumps({"a": [1, 2, 3], "b": ("x", b"y"), "c": 2.5}, protocol=4)
print(blob)
print(pickle.loads(blob) == {"a": [1, 2, 3], "b": ("x", b"y"), "c": 2.5})
for bad in [lambda: pickle.dumps(lambda x: x), lambda: pickle.dumps((i for i in range(3))),
            lambda: pickle.loads(b"\x80\x04K"), lambda: pickle.loads(b"garbage")]:
    try:
        bad()
    except (pickle.PicklingError, pickle.UnpicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
