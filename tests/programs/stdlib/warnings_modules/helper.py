import warnings


def deprecated_here():
    warnings.warn("deprecated inside helper", DeprecationWarning)


def deprecated_for_caller():
    warnings.warn("deprecated for the caller", DeprecationWarning, stacklevel=2)


def user_warning():
    warnings.warn("a helper warning")
