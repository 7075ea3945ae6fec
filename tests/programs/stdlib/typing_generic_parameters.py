from typing import Generic, TypeVar
T = TypeVar("T"); U = TypeVar("U")
class A(Generic[T]): pass
class B(A[int], Generic[U]): pass
class C(A[T]): pass
class D(dict[str, T]): pass
print(A.__orig_bases__, A.__parameters__, B.__parameters__, C.__parameters__)
print(D.__orig_bases__, D.__parameters__ if hasattr(D, '__parameters__') else '-')
class F(A, dict[str, U]): pass
print(F.__parameters__)
class G(A): pass
print(G.__parameters__)
a = dict[str, U]
print(a.__parameters__, list[int].__parameters__, isinstance(a, type))
