from dataclasses import dataclass, field, fields, asdict
from enum import Enum, auto
from typing import List, Optional, Dict
import copy

class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

@dataclass
class Task:
    title: str
    priority: int = 3
    status: Status = Status.TODO
    tags: List[str] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict, metadata={"doc": "extra"})
    parent: Optional["Task"] = None

    def __post_init__(self):
        if not self.title:
            raise ValueError("title must not be empty")
        self.title = self.title.strip()

    @property
    def done(self):
        return self.status is Status.DONE

@dataclass(order=True)
class Ranked:
    sort_index: int = field(init=False, repr=False)
    task: Task = field(compare=False)
    def __post_init__(self):
        self.sort_index = -self.task.priority

tasks = [Task(" write ", 1, tags=["a"]), Task("test", 2, Status.DOING), Task("ship", 5, Status.DONE)]
print(tasks[0])
print([t.title for t in sorted(tasks, key=lambda t: t.priority, reverse=True)])
print([r.task.title for r in sorted(Ranked(t) for t in tasks)])
print([(f.name, f.type) for f in fields(Task)][:3], fields(Task)[4].metadata)
print(asdict(tasks[1]))
t2 = copy.deepcopy(tasks[0]); t2.tags.append("b")
print(tasks[0].tags, t2.tags, t2 == tasks[0], t2.status is Status.TODO)
by_status = {}
for t in tasks:
    by_status.setdefault(t.status, []).append(t.title)
print(by_status)
print({s.name: len(by_status.get(s, [])) for s in Status})
try:
    Task("")
except ValueError as e:
    print("error:", e)
print(f"{Status.DONE:>12}|{Status.TODO!r}|{Status.DOING.value:03d}")
print(Task("x", parent=Task("y")))
print(sorted(Status, key=lambda s: -s.value), Status.DONE in set(Status), dict.fromkeys(Status, 0))
print(Status["DONE"].name.lower(), Status(2).name, [s.value for s in Status], type(Status.DONE).__name__)
