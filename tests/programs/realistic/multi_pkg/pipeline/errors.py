class StageError(Exception):
    pass
