# a return leaving an except* clause is a SyntaxError.
def f():
    try:
        pass
    except* ValueError:
        return 1
