# The Python half of sys. sys is made at start-up, before any program runs, so this
# part is small: the attributes written in Python are made on first use, from
# _sysinfo (PEP 562's module __getattr__). The native half is builtins/modules/sys.rs.


def __getattr__(name):
    import _sysinfo
    import sys

    if name.startswith("_") or not hasattr(_sysinfo, name):
        raise AttributeError(f"module 'sys' has no attribute '{name}'")
    value = getattr(_sysinfo, name)
    setattr(sys, name, value)
    return value


def set_asyncgen_hooks(*args, **kwargs):
    """Sets the hooks called when an async generator first runs (firstiter) and when
    one is dropped unfinished (finalizer, called instead of closing it)."""
    import _types

    _types.set_asyncgen_hooks(*args, **kwargs)


def get_asyncgen_hooks():
    """The (firstiter, finalizer) hooks set by set_asyncgen_hooks."""
    import _types

    return _types.get_asyncgen_hooks()
