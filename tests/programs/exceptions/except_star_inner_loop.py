# break inside a loop inside an except* clause, and return inside a function defined
# there, are allowed.
for i in range(3):
    try:
        pass
    except* ValueError:
        for j in range(2):
            break
        def g():
            return 2
    print(i)
