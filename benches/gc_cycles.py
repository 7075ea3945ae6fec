# Builds N reference cycles (an instance referring to itself, and a list holding
# itself and the instance), each dropped at once: with the cycle collector the
# memory stays flat whatever N is. benches/gc_memory.sh reports the peak RSS.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


class Node:
    pass


for i in range(N):
    n = Node()
    n.me = n
    l = [n, i]
    l.append(l)
print("built", N, "cycles")
