# Relative imports: `from . import x`, `from .m import y`, `from ..p import z`, and
# their two errors.
import app.util.text

print(app.util.text.shout("hi"))
print(app.util.text.helper_name, app.util.text.config_value, app.util.text.sibling)
from app import loader

print(loader.LOADED, loader.__package__)
try:
    import app.util.too_far
except ImportError as e:
    print(type(e).__name__, e)
try:
    import solo_top
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
