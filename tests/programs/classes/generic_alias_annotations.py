from dataclasses import dataclass, fields
print(list[int], dict[str, int | None], tuple[int, ...], tuple[()], set[frozenset[str]], type[int])
print(list[int] == list[int], list[int] == list[str], list[int].__origin__, dict[str, int].__args__)
print(list[int] | None, (int | list[str]).__args__, type(list[int]).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    isinstance([], int | list[int])
except TypeError as e:
    print(e)
class Registry(dict[str, int]):
    pass
r = Registry(a=1)
print(r, Registry.__orig_bases__, Registry.__bases__, isinstance(r, dict))
@dataclass
class Batch:
    ids: list[int]
    names: dict[str, str | None]
print([f.type for f in fields(Batch)], Batch.__annotations__)
print({list[int]: 1}[list[int]] if hash(list[int]) == hash(list[int]) else None)
