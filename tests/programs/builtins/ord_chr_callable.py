# checks ord, chr, callable and round trips through a generator
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\u00e9"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233))


def caesar(text, shift):
    for ch in text:
        if "a" <= ch <= "z":
            yield chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        else:
            yield ch


secret = "".join(caesar("hello, generators", 3))
print(secret, "".join(caesar(secret, -3)))


class WithCall:
    def __call__(self):
        return "called"


print(callable(len), callable(print), callable(42), callable(WithCall()), callable(WithCall))
print(callable(lambda: 0), callable("str"), callable(str))
