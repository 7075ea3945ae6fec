class Node:
    def __init__(self, nxt=None):
        self.next = nxt


def third(node):
    return node.next.next.next


print(third(Node(Node())))
