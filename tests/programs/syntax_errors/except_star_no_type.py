# an except* clause without a type is a SyntaxError.
try:
    pass
except*:
    pass
