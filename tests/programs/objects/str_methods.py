# checks the everyday str methods: split, strip, join, replace, startswith, find, case, isdigit
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("a,b,,c".split(","), "a b  c".split(), "one two three".split(" ", 1))
print("xxhixx".strip("x"), "-".join(["a", "b", "c"]), "".join([]))
print("banana".replace("a", "o"), "banana".replace("a", "", 2))
print("genpy".startswith("gen"), "genpy".endswith("py"), "genpy".startswith("py"))
print("hello".find("l"), "hello".find("z"), "hello".find("l", 3))
print("MiXeD".upper(), "MiXeD".lower())
print("123".isdigit(), "12a".isdigit(), "".isdigit())
print("a-b-c".split("-"), "line1\nline2\n".split("\n"))
print(len("hello"), "ell" in "hello", "x" not in "hello")
print("ab" * 3, "a" + "b", "abc" < "abd", "Z" < "a")
print("hello"[1], "hello"[-1], "hello"[1:4])
print(" x ".join("abc"))
print("hello world".startswith(("hi", "hello")))


def tokens(text):
    for word in text.split():
        yield word.strip(".,!").lower()


print(list(tokens("Hello, brave new World!")))
