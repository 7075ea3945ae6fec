def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count


a = averager()
next(a)
a.send(10)
print(a.send(20))
try:
    a.throw(ValueError("stop"))
except ValueError as e:
    print("caught", e)
