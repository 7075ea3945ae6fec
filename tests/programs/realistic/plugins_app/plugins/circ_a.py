value = "a-start"
from . import circ_b
value = "a-done"
def b_value():
    return circ_b.seen
