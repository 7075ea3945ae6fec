import queue

q = queue.Queue()
for i in range(3):
    q.put(i * 10)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)], q.empty())
try:
    q.get(block=False)
except queue.Empty as e:
    print("empty", repr(e), type(e).__name__, queue.Empty.__module__)
try:
    q.get_nowait()
except queue.Empty:
    print("empty again")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("timed out")

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.maxsize)
try:
    b.put("c", block=False)
except queue.Full as e:
    print("full", repr(e), queue.Full)
try:
    b.put("c", timeout=-1)
except ValueError as e:
    print(e)
print(b.get(), b.get())
b.task_done()
b.task_done()
try:
    b.task_done()
except ValueError as e:
    print(e)
b.join()

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
while not pq.empty():
    print(pq.get())

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(False)
except queue.Empty:
    print("simple empty")


class Tracking(queue.Queue):
    def _put(self, item):
        print("putting", item)
        super()._put(item)


t = Tracking()
t.put(5)
print(t.get(), list(t.queue))
print(queue.SimpleQueue, queue.Queue)
queue.Queue().get_nowait()
