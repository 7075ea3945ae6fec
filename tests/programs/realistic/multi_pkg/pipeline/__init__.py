"""A tiny generator pipeline package."""
from .core import run, registry
VERSION = (1, 2)
__all__ = ["public_helper", "run"]

def public_helper():
    return "helped"

def _private():
    pass
