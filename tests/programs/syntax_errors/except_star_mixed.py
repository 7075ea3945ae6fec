# 'except' and 'except*' clauses on one try statement is a SyntaxError.
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
