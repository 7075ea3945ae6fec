# Adding two generators: CPython's operand error with the carets under the `+`.
def letters(s):
    yield from s


both = letters("ab") + letters("cd")
