# A relative import in the script itself: __main__ has no parent package.
print("before")
from .sibling import thing
