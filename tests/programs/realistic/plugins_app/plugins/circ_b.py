from . import circ_a
seen = circ_a.value
