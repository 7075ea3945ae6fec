# An uncaught group nested eleven deep, each level with a second member: boxes close
# after each last member and the depth limit of 10 cuts the drawing.
def deep(n):
    if n == 0:
        return ValueError('leaf')
    return ExceptionGroup(f'level {n}', [deep(n - 1), KeyError(n)])
raise deep(11)
