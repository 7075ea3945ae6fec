# The attributes of sys written in Python, from its documentation: the struct
# sequences (version_info, float_info, int_info, hash_info, flags), implementation,
# exception() and the constants programs read. sys is made at start-up, so these are
# made only when a program first asks for one (lib/sys.py's __getattr__).

from sys import exc_info


class _StructSeq(tuple):
    # A tuple whose items are also named attributes, as CPython's struct sequences.
    _fields = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        items = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"sys.{type(self).__name__}({items})"


def _struct(name, fields, values):
    ns = {"_fields": tuple(fields), "n_fields": len(fields), "n_sequence_fields": len(fields)}
    for i, field in enumerate(fields):
        ns[field] = property(lambda self, i=i: self[i])
    cls = type(name, (_StructSeq,), ns)
    cls.__module__ = "sys"
    return cls(values)


version_info = _struct(
    "version_info",
    ["major", "minor", "micro", "releaselevel", "serial"],
    (3, 11, 7, "final", 0),
)
hexversion = 0x030B07F0
api_version = 1013
float_info = _struct(
    "float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
     "mant_dig", "epsilon", "radix", "rounds"],
    (1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15,
     53, 2.220446049250313e-16, 2, 1),
)
int_info = _struct(
    "int_info",
    ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    (30, 4, 4300, 640),
)
hash_info = _struct(
    "hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0),
)
flags = _struct(
    "flags",
    ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
     "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
     "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
     "warn_default_encoding", "safe_path", "int_max_str_digits"],
    (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1),
)


class _Implementation:
    # sys.implementation: what interpreter this is (genpy, speaking Python 3.11).
    def __init__(self):
        self.name = "genpy"
        self.cache_tag = None
        self.version = version_info
        self.hexversion = hexversion

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"


implementation = _Implementation()
byteorder = "little"
maxunicode = 0x10FFFF
float_repr_style = "short"
copyright = "genpy: a Python 3.11 interpreter written in Rust"
prefix = exec_prefix = base_prefix = base_exec_prefix = ""
dont_write_bytecode = True


def exception():
    # The exception being handled (sys.exc_info()[1]), or None.
    return exc_info()[1]


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def getfilesystemencodeerrors():
    return "surrogateescape"


del _struct
