# checks the NameError message for an undefined name used inside a generator
def gen():
    yield "ok"
    yield undefined_variable


for value in gen():
    print(value)
