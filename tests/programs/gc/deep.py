# Collecting deep structures needs no deep recursion: a cycle through 100,000 nested
# lists, and a long chain of instances ending in a cycle (the unit tests of
# objects/gc.rs collect a million nested lists on a small stack).
import gc

head = []
cur = head
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(head)
del head, cur, nxt
print(gc.collect() >= 100000)


class Link:
    pass


first = Link()
link = first
for i in range(50000):
    link.next = Link()
    link = link.next
link.next = first
del first, link
print(gc.collect() >= 50000)
