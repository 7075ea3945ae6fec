# checks that with closes the file, even on exception, and closed reflects it
with open("genpy_test_with.txt", "w") as f:
    f.write("data\n")
    print("closed inside:", f.closed)
print("closed after:", f.closed)
try:
    with open("genpy_test_with.txt") as g:
        print(g.readline().strip())
        raise ValueError("boom inside with")
except ValueError as e:
    print("caught", e, "closed:", g.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
