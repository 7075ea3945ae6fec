"""Splitting, joining, quoting and unquoting URLs and query strings, as CPython's
`urllib.parse` documents them (RFC 3986 resolution in `urljoin`)."""

from collections import namedtuple

__all__ = [
    "urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
    "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
    "unquote", "unquote_plus", "unquote_to_bytes", "SplitResult", "ParseResult",
    "DefragResult",
]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https",
                 "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh",
                 "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file",
               "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync",
               "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp",
               "rtspu", "sip", "sips", "mms", "sftp", "tel"]

_SCHEME_CHARS = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 "0123456789+-.")


class _NetlocMixin:
    """The parts of the netloc: username, password, hostname and port."""

    @property
    def username(self):
        userinfo = self._userinfo()
        if userinfo is None:
            return None
        return userinfo.partition(":")[0]

    @property
    def password(self):
        userinfo = self._userinfo()
        if userinfo is None or ":" not in userinfo:
            return None
        return userinfo.partition(":")[2]

    def _userinfo(self):
        netloc = self.netloc
        if "@" not in netloc:
            return None
        return netloc.rpartition("@")[0]

    def _hostport(self):
        hostinfo = self.netloc.rpartition("@")[2]
        if hostinfo.startswith("["):
            host, _, rest = hostinfo[1:].partition("]")
            _, _, port = rest.partition(":")
            return host, port
        host, _, port = hostinfo.partition(":")
        return host, port

    @property
    def hostname(self):
        host = self._hostport()[0]
        if not host:
            return None
        if "%" in host:
            address, _, zone = host.partition("%")
            return address.lower() + "%" + zone
        return host.lower()

    @property
    def port(self):
        port = self._hostport()[1]
        if not port:
            return None
        if port.isdigit() and port.isascii():
            value = int(port)
        else:
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        if not 0 <= value <= 65535:
            raise ValueError("Port out of range 0-65535")
        return value


class SplitResult(namedtuple("SplitResult", "scheme netloc path query fragment"),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple("ParseResult", "scheme netloc path params query fragment"),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


def urlsplit(url, scheme="", allow_fragments=True):
    """The five parts of a URL: scheme://netloc/path?query#fragment."""
    url = url.lstrip(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
    scheme = scheme.strip()
    for bad in "\t\r\n":
        url = url.replace(bad, "")
        scheme = scheme.replace(bad, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha() and all(
            c in _SCHEME_CHARS for c in url[:i]):
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        end = len(url)
        for c in "/?#":
            at = url.find(c, 2)
            if at >= 0:
                end = min(end, at)
        netloc, url = url[2:end], url[end:]
        if (("[" in netloc and "]" not in netloc)
                or ("]" in netloc and "[" not in netloc)):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    if "/" in path:
        i = path.find(";", path.rfind("/"))
        if i < 0:
            return path, ""
    else:
        i = path.find(";")
    return path[:i], path[i + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """The six parts of a URL: scheme://netloc/path;params?query#fragment."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ""
    if scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    """The URL of five parts (the inverse of urlsplit, up to equivalence)."""
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    """The URL of six parts (the inverse of urlparse)."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urldefrag(url):
    """The URL without its fragment, and the fragment."""
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        return DefragResult(urlunparse((s, n, p, a, q, "")), frag)
    return DefragResult(url, "")


def _remove_dot_segments(path):
    # RFC 3986 section 5.2.4, on the segments of the path.
    segments = path.split("/")
    out = []
    for seg in segments[:-1]:
        if seg == "..":
            if len(out) > 1:
                out.pop()
        elif seg != ".":
            out.append(seg)
    last = segments[-1]
    if last == "..":
        if len(out) > 1:
            out.pop()
        out.append("")
    elif last == ".":
        out.append("")
    else:
        out.append(last)
    return "/".join(out)


def urljoin(base, url, allow_fragments=True):
    """url resolved against base (RFC 3986), for the schemes that use relative URLs."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    if path[:1] == "/":
        merged = path
    elif bnetloc and not bpath:
        merged = "/" + path
    else:
        merged = bpath[:bpath.rfind("/") + 1] + path
    resolved = _remove_dot_segments(merged)
    if merged.startswith("/") and not resolved.startswith("/"):
        resolved = "/" + resolved
    return urlunparse((scheme, netloc, resolved or "/", params, query, fragment))


_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                         b"0123456789_.-~")


def quote_from_bytes(bs, safe="/"):
    """bs with every byte outside the unreserved characters and `safe` as %XX."""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    keep = _ALWAYS_SAFE | frozenset(safe)
    return "".join(chr(b) if b in keep else "%%%02X" % b for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    """string with the characters that are not safe in a URL as %XX escapes of
    their UTF-8 (or `encoding`) bytes."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or "utf-8", errors or "strict")
    elif encoding is not None or errors is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """quote, with spaces as '+'."""
    if ((isinstance(string, str) and " " not in string)
            or (isinstance(string, bytes) and b" " not in string)):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


_HEX = "0123456789abcdefABCDEF"


def unquote_to_bytes(string):
    """The bytes of string with its %XX escapes replaced."""
    if isinstance(string, str):
        string = string.encode("utf-8")
    parts = string.split(b"%")
    out = bytearray(parts[0])
    for part in parts[1:]:
        if len(part) >= 2 and chr(part[0]) in _HEX and chr(part[1]) in _HEX:
            out.append(int(part[:2], 16))
            out += part[2:]
        else:
            out += b"%" + part
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """string with its %XX escapes replaced by the characters they encode."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    out = []
    i = 0
    pending = bytearray()
    while i < len(string):
        c = string[i]
        if c == "%" and i + 2 < len(string) and string[i + 1] in _HEX \
                and string[i + 2] in _HEX:
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(pending.decode(encoding, errors))
            pending = bytearray()
        out.append(c)
        i += 1
    if pending:
        out.append(pending.decode(encoding, errors))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """unquote, with '+' as a space."""
    return unquote(string.replace("+", " "), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    """The (name, value) pairs of a query string, unquoted, in order."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, bytes):
        qs = qs.decode("ascii")
        if isinstance(separator, bytes):
            separator = separator.decode("ascii")
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        nv = field.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if keep_blank_values:
                nv.append("")
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace("+", " "), encoding, errors)
            value = unquote(nv[1].replace("+", " "), encoding, errors)
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    """A dict of each name of a query string to the list of its values."""
    out = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding,
                                 errors, max_num_fields, separator):
        out.setdefault(name, []).append(value)
    return out


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """A query string of a mapping or sequence of pairs; with doseq, a sequence
    value gives one pair per item."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object") from None

    def text(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)

    out = []
    for k, v in query:
        if not doseq or isinstance(v, (str, bytes)):
            out.append(text(k) + "=" + text(v))
            continue
        try:
            items = iter(v)
        except TypeError:
            out.append(text(k) + "=" + text(v))
            continue
        for item in items:
            out.append(text(k) + "=" + text(item))
    return "&".join(out)
