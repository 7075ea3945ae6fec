# An unclosed bracket with a parser error on its own line: CPython reports the error.
def total(:
    return 0
