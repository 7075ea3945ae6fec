"""A small module.

With two paragraphs."""
LIMIT = 10

def double(x):
    "Twice x."
    return 2 * x

class Box:
    "A box."
