# A module's own __getattr__ (PEP 562) answers for names it lacks, for attribute
# access and for `from m import x`; a directory without __init__.py is a namespace
# package whose submodules import as usual.
import dynamic_attrs

print(dynamic_attrs.real, dynamic_attrs.computed_name)
from dynamic_attrs import another, real

print(another, real)
try:
    dynamic_attrs.forbidden
except AttributeError as e:
    print("AttributeError:", e)
try:
    from dynamic_attrs import forbidden
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import space.portion.leaf

print(space.__name__, space.__file__, space.__package__, len(space.__path__))
print(space.portion.leaf.VALUE, space.portion.__name__)
from space.portion import leaf

print(leaf is space.portion.leaf)
