# A cooperative round-robin scheduler built from generators.
#
# Each task is a generator; `yield` means "I give up the CPU for now". The
# scheduler keeps the runnable tasks in a plain list used as a queue: it
# takes the first task, runs it until its next yield, and puts it back at
# the end. A task that returns (StopIteration) is finished and dropped.
# This is how event loops interleave many tasks on one thread.


def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        yield
        n -= 1
    print(f"{name}: liftoff!")


def fizzbuzz(limit):
    for i in range(1, limit + 1):
        word = "fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0)
        print(f"fizzbuzz: {word or i}")
        yield


def spawner(queue):
    # A task can create tasks: it appends a new generator to the queue.
    print("spawner: starting a helper task")
    queue.append(countdown("helper", 2))
    yield
    print("spawner: done")


def run(tasks):
    queue = list(tasks)
    steps = 0
    while queue:
        task = queue.pop(0)
        try:
            next(task)
        except StopIteration:
            continue
        steps += 1
        queue.append(task)
    return steps


queue = []
queue.append(countdown("rocket", 3))
queue.append(fizzbuzz(5))
queue.append(spawner(queue))
print("total steps:", run(queue))
