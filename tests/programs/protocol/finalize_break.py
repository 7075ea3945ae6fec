# checks that break out of a for over a generator closes it immediately (no other reference)
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")


for n in numbers():
    print("got", n)
    if n == 2:
        print("breaking")
        break
print("after loop")
kept = numbers()
for n in kept:
    if n == 1:
        break
print("still referenced, not closed yet; next is", next(kept))
del kept
print("end")
