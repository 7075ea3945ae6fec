match (1, 2):
    case (a, b):
        pass
print(sorted(k for k in globals() if not k.startswith("__") or "match" in k))
def f(cmd):
    match cmd.split():
        case ["go", ("n" | "s") as d]:
            print("go", d, sorted(locals()))
        case [x, *rest] if rest:
            print("multi", x, rest, sorted(locals()))
        case _:
            print("other", sorted(locals()))
    return sorted(locals())
print(f("go n"), f("a b c"), f(""))
class C:
    match {"k": 1}:
        case {"k": v}:
            pass
print(sorted(k for k in vars(C) if not k.startswith("__") or "match" in k))
for i in range(3):
    match i:
        case 0 | 1:
            pass
        case _:
            print("two")
print(sorted(k for k in globals() if "match" in k))
