"""HTML escaping, as CPython's `html` module documents it. `unescape` knows the
numeric character references and the common named ones; a named reference outside
its table raises NotImplementedError (genpy does not carry HTML5's 2231 names)."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """s with &, < and > (and, with quote, " and ') as HTML-safe references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


_NAMED = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0",
    "copy": "\xa9", "reg": "\xae", "trade": "\u2122", "hellip": "\u2026",
    "mdash": "\u2014", "ndash": "\u2013", "lsquo": "\u2018", "rsquo": "\u2019",
    "ldquo": "\u201c", "rdquo": "\u201d", "laquo": "\xab", "raquo": "\xbb",
    "euro": "\u20ac", "pound": "\xa3", "yen": "\xa5", "cent": "\xa2", "sect": "\xa7",
    "deg": "\xb0", "plusmn": "\xb1", "times": "\xd7", "divide": "\xf7", "middot": "\xb7",
    "bull": "\u2022", "para": "\xb6", "iexcl": "\xa1", "iquest": "\xbf", "shy": "\xad",
    "eacute": "\xe9", "egrave": "\xe8", "ecirc": "\xea", "euml": "\xeb",
    "aacute": "\xe1", "agrave": "\xe0", "acirc": "\xe2", "auml": "\xe4", "aring": "\xe5",
    "atilde": "\xe3", "aelig": "\xe6", "ccedil": "\xe7", "iacute": "\xed",
    "igrave": "\xec", "icirc": "\xee", "iuml": "\xef", "ntilde": "\xf1",
    "oacute": "\xf3", "ograve": "\xf2", "ocirc": "\xf4", "ouml": "\xf6", "otilde": "\xf5",
    "oslash": "\xf8", "uacute": "\xfa", "ugrave": "\xf9", "ucirc": "\xfb", "uuml": "\xfc",
    "szlig": "\xdf", "yacute": "\xfd", "yuml": "\xff", "Eacute": "\xc9", "Agrave": "\xc0",
    "Auml": "\xc4", "Ouml": "\xd6", "Uuml": "\xdc", "Ccedil": "\xc7", "Ntilde": "\xd1",
    "larr": "\u2190", "rarr": "\u2192", "uarr": "\u2191", "darr": "\u2193",
    "hearts": "\u2665", "frac12": "\xbd", "frac14": "\xbc", "frac34": "\xbe",
}

# The code points HTML5 maps numeric references in 0x80-0x9F (and 0) to.
_INVALID = {0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a",
            0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021",
            0x88: "\u02c6", 0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152",
            0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018",
            0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013",
            0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a",
            0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178"}

_REF = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def _replace(m):
    ref = m.group(1)
    if ref[0] == "#":
        digits = ref[1:].rstrip(";")
        code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
        if code in _INVALID:
            return _INVALID[code]
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return "\ufffd"
        return chr(code)
    name = ref.rstrip(";")
    if ref.endswith(";") and name in _NAMED:
        return _NAMED[name]
    if not ref.endswith(";") and name in ("amp", "lt", "gt", "quot", "nbsp", "copy", "reg"):
        return _NAMED[name]
    if not ref.endswith(";"):
        # A prefix without ';' may name an entity CPython knows; genpy cannot tell.
        for k in range(len(name) - 1, 1, -1):
            if name[:k] in ("amp", "lt", "gt", "quot", "nbsp", "copy", "reg"):
                return _NAMED[name[:k]] + name[k:]
        return "&" + ref if not any(c.isalpha() for c in name[:1]) else _unknown(ref)
    return _unknown(ref)


def _unknown(ref):
    raise NotImplementedError(
        "html.unescape: genpy does not know the character reference &%s" % ref)


def unescape(s):
    """s with its character references (&amp;, &#62;, &#x3e;, ...) replaced."""
    if "&" not in s:
        return s
    return _REF.sub(_replace, s)
