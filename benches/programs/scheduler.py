# scheduler: a round-robin scheduler that resumes 1000 generator tasks with send(),
# each task receiving the tick and yielding its running state.
N = 3000


def task(k):
    acc = k
    while True:
        tick = yield acc
        acc = (acc * 31 + tick + k) % 1000003


def main():
    tasks = [task(k) for k in range(1000)]
    for t in tasks:
        next(t)
    check = 0
    for tick in range(N):
        for t in tasks:
            check = (check + t.send(tick)) % 1000000007
    print("scheduler", check)


main()
