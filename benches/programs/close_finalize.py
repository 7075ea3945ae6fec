# close_finalize: many short-lived generators suspended inside try/finally, closed
# by close(), by break, and by dropping the last reference.
N = 200000


def guarded(k):
    try:
        yield k
        yield k + 1
    finally:
        pass


def main():
    total = 0
    for i in range(N):
        g = guarded(i)
        total += next(g)
        if i % 3 == 0:
            g.close()
        elif i % 3 == 1:
            for v in guarded(i):
                total += v
                break
    print("close_finalize", total)


main()
