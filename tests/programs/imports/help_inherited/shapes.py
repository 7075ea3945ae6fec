"""Shapes, for help().

It has a description
over two lines.
"""

import os
from math import sqrt

X = 3
NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota']
_private = 1

def f(a, b=2, *args, k=None, **kw):
    """Add things.

    Longer text
      indented.
    """
    return a

def g():
    pass

h = f

class Base:
    """The base."""
    def m(self, x):
        """Method m."""
    @property
    def p(self):
        """A property."""
        return 1

class Derived(Base):
    def n(self):
        pass
    y = 5


class Circle(Derived):
    """A circle."""

    @classmethod
    def unit(cls):
        """The unit circle."""

    @staticmethod
    def area(r):
        return 3 * r * r

    @property
    def size(self):
        return 1

    @size.setter
    def size(self, v):
        pass

