"""Secure hashes and message digests, as CPython's `hashlib` module: `new(name)`
and the constructors `md5`, `sha1`, `sha224`, `sha256`, `sha384` and `sha512`,
whose objects have `update`, `digest`, `hexdigest`, `copy`, `name`,
`digest_size` and `block_size`. BLAKE2, SHA-3, SHAKE and `pbkdf2_hmac` are not
provided yet.

A hash object keeps the data it was given and digests it when asked (the digest
itself is native, `_hashlib`).
"""

import _hashlib

__all__ = ["new", "algorithms_guaranteed", "algorithms_available",
           "md5", "sha1", "sha224", "sha256", "sha384", "sha512"]

# Digest and block sizes in bytes, by algorithm.
_SIZES = {
    "md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
    "sha384": (48, 128), "sha512": (64, 128),
}

algorithms_guaranteed = set(_hashlib.names())
algorithms_available = set(algorithms_guaranteed)


def _data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("object supporting the buffer API required")
    return data


class _Hash:
    """A hash object: the data given so far, digested on demand."""

    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray(_data(data))

    def update(self, data):
        """Adds `data` (bytes-like) to the hashed data."""
        self._data += _data(data)

    def digest(self):
        """The digest of the data so far, as bytes."""
        return _hashlib.digest(self.name, bytes(self._data))

    def hexdigest(self):
        """The digest of the data so far, as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """An independent hash object with the same data."""
        return _Hash(self.name, self._data)

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self.name, hex(id(self)))


def new(name, data=b"", *, usedforsecurity=True):
    """A hash object of the algorithm `name` (any case), fed `data`."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return _Hash(key, data)


def md5(string=b"", *, usedforsecurity=True):
    """An MD5 hash object, fed `string`."""
    return _Hash("md5", string)


def sha1(string=b"", *, usedforsecurity=True):
    """A SHA-1 hash object, fed `string`."""
    return _Hash("sha1", string)


def sha224(string=b"", *, usedforsecurity=True):
    """A SHA-224 hash object, fed `string`."""
    return _Hash("sha224", string)


def sha256(string=b"", *, usedforsecurity=True):
    """A SHA-256 hash object, fed `string`."""
    return _Hash("sha256", string)


def sha384(string=b"", *, usedforsecurity=True):
    """A SHA-384 hash object, fed `string`."""
    return _Hash("sha384", string)


def sha512(string=b"", *, usedforsecurity=True):
    """A SHA-512 hash object, fed `string`."""
    return _Hash("sha512", string)
