def guarded(name):
    try:
        yield f"{name} 1"
        yield f"{name} 2"
    finally:
        print("cleanup", name)


a = guarded("a")
print(next(a))
a.close()
b = guarded("b")
print(next(b))
b = None
print("b dropped")
c = guarded("c")
c.close()
