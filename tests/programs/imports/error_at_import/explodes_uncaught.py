def f():
    return {}["key"]


f()
