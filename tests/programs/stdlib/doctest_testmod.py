"""Module doc.

>>> 1 + 1
2
"""
def f(x):
    """Double it.

    >>> f(2)
    5
    >>> f(3)
    6
    >>> [f(i) for i in range(3)]
    [0, 2, 4]
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> f("x")
    'xx'
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> def g():
    ...     yield 1
    >>> list(g())
    [1]
    >>> x = 5
    >>> x
    5
    >>> {}['k']
    Traceback (most recent call last):
    KeyError: 'k'
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(1,   2)  # doctest: +NORMALIZE_WHITESPACE
    1     2
    >>> print(3)
    4
    """
    return x * 2
class C:
    """
    >>> C().m()
    'm'
    """
    def m(self):
        """
        >>> C().m()
        'n'
        """
        return "m"
if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    import contextlib, io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile("1 + 2\n", "<s>", "single"))
    print(repr(buf.getvalue()))
