print("shapes.solid/__init__ runs", __name__, __package__)


def describe():
    return "solids of " + __name__
