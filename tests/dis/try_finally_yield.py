# a yield inside try/finally: close() or throw() at the yield runs the finally block
def guarded(items):
    try:
        for item in items:
            yield item * 2
    finally:
        print("cleanup")


g = guarded([1, 2, 3])
print(next(g))
g.close()
