for stmt in ["(1).real = 2", "(1).x = 2", "'a'.upper = 1", "[].append = 1", "(1.5).imag = 0", "len.x = 1", "(1).__class__ = str", "object().x = 1", "del (1).real", "del (1).x"]:
    try:
        exec(stmt)
    except (AttributeError, TypeError) as e:
        print(stmt, "->", type(e).__name__, e)
