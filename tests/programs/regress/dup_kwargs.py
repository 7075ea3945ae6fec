# checks that a keyword given twice through ** is a TypeError naming the function
def h(**kw): return kw
print(h(x=1, **{"x": 2}))
