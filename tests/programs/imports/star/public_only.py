import sys as _sys

CONSTANT = 7
_hidden = 1


def visible():
    return "visible"


def _helper():
    return "helper"
