# checks the reprs of typing's subscripted names (Optional, Union flattening, NoneType,
# Callable argument lists, Literal, TypeVar) and cast / TYPE_CHECKING
import typing as t
T = t.TypeVar("T")
print(t.List, t.List[int], t.Dict[str, int], t.Optional[int], t.Union[int, str], t.Union[int, None], t.Any)
print(t.Iterator[int], t.Generator[int, None, str], t.Callable[[int], str], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()])
print(T, t.Set[T], t.Type[int], t.Iterable, t.Sequence[float], t.Literal["a", 1], t.ClassVar[int], t.Final[int])
print(t.cast(int, "x"), t.TYPE_CHECKING, t.List[t.Dict[str, t.Optional[int]]])
class A: pass
print(t.List[A], t.Optional[t.List[int]], t.Union[int])
print(t.Deque[int], t.DefaultDict[str, int], t.Counter[str], t.AsyncIterator[int], t.Mapping[str, int], t.FrozenSet[int])
