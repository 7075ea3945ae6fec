tests = [
    "type.__new__()", "type.__new__(5)", "type.__new__(type)", "type.__new__(type, 'X')", "type.__new__(type, 'X', (), 5)",
    "type.__call__()", "type.__call__(5)", "type.__init__()", "type.__instancecheck__(int)", "type.__subclasscheck__(int, 5)",
    "type(b'x' if False else 1, (), {})", "object.__delattr__(5, 'x')", "object.__delattr__(object(), 'x')",
    "object.__setattr__(int, 'x', 1)", "hash(type('H', (), {'__hash__': lambda s: 1.5})())",
    "class M(type): pass\nclass X(metaclass=M, foo=1): pass",
    "class X(metaclass=5): pass", "class X(metaclass=lambda *a: 42): pass\nprint(X)",
    "class M(type):\n  @classmethod\n  def __prepare__(m, n, b): return 5\nclass X(metaclass=M): a = 1",
    "class M(type):\n  @classmethod\n  def __prepare__(m, n, b): raise ValueError('p')\nclass X(metaclass=M): pass",
    "int | 5", "isinstance(1, list[int] | int)",
    "import enum\nenum.Enum('E', 5)", 
    "import enum\nclass E(enum.Flag):\n  A = 1\nE(-1)", "import dataclasses\ndataclasses.fields(5)", "import dataclasses\ndataclasses.asdict(5)",
    "import operator\noperator.itemgetter()", "import abc\nabc.ABC.register(1)",
    "import types\ntypes.MethodType(1, 2)", "import types\ntypes.MethodType(len, None)",
    "super(int, int).__class__", "class A:\n  def __eq__(s, o): return 1/0\n  __hash__ = object.__hash__\n{A(): 1, A(): 2}",
]
for src in tests:
    try:
        exec(src, {})
        print("ok")
    except Exception as e:
        print(type(e).__name__, str(e)[:80])
