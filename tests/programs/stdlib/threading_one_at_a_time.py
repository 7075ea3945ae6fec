import threading, time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
results = []
lock = threading.Lock()
def work(n):
    with lock:
        results.append(n * n)
threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results), threads[0].name, threads[0].is_alive(), threading.active_count(), threading.current_thread().name)
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
    def run(self):
        print("running", self.name, threading.current_thread().name)
w = Worker(1); w.start(); w.join()
ev = threading.Event(); print(ev.is_set(), ev.wait(0.01)); ev.set(); print(ev.wait())
def fetch(x):
    time.sleep(0.001)
    return x * 10
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(fetch, range(5))))
    futs = {ex.submit(fetch, i): i for i in range(3)}
    print(sorted(f.result() for f in as_completed(futs)))
    bad = ex.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__, bad.done())
    done, not_done = wait(list(futs))
    print(len(done), len(not_done))
with ProcessPoolExecutor() as ex:
    print(sum(ex.map(pow, [2, 3], [3, 2])))
sem = threading.Semaphore(2)
with sem:
    print("in semaphore")
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
