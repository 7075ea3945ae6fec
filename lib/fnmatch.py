# fnmatch, written from its documentation: shell-style wildcards (*, ?, [seq],
# [!seq]) matched against names. genpy matches patterns directly, without the re
# module; translate() still gives the regular expression CPython's does.

import os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# A parsed pattern is a list of tokens: STAR, ANY (one character), a str (one
# literal character), or a _Set.
STAR = object()
ANY = object()

# The characters re.escape escapes.
_RE_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _re_escape(text):
    return "".join("\\" + c if c in _RE_SPECIAL else c for c in text)


class _Set:
    # A bracket expression: the characters it lists and the ranges it spans
    # (inclusive), possibly negated; `regex` is its form in translate().
    def __init__(self, negated, chars, ranges, regex):
        self.negated = negated
        self.chars = chars
        self.ranges = ranges
        self.regex = regex

    def matches(self, c):
        found = c in self.chars or any(lo <= c <= hi for lo, hi in self.ranges)
        return found != self.negated


def _range_chunks(body, negated):
    # Splits a bracket body at the hyphens that make ranges: a hyphen first in the
    # body (after "!") is literal, and so is one right after a range's end or at
    # the end. Ranges whose ends are out of order are dropped.
    chunks = []
    start = 0
    k = 2 if negated else 1
    while True:
        k = body.find("-", k)
        if k < 0:
            break
        chunks.append(body[start:k])
        start = k + 1
        k += 3
    last = body[start:]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += "-"
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _parse_set(body):
    # The _Set for the text between "[" and "]" (None when it can match nothing).
    negated = body.startswith("!")
    if "-" not in body:
        regex = body.replace("\\", "\\\\")
        members = body[1:] if negated else body
        chars, ranges = set(members), []
    else:
        chunks = _range_chunks(body, negated)
        regex = "-".join(c.replace("\\", "\\\\").replace("-", "\\-") for c in chunks)
        if negated and chunks[0].startswith("!"):
            chunks[0] = chunks[0][1:]
        chars, ranges = set(), []
        last = len(chunks) - 1
        for k, chunk in enumerate(chunks):
            chars.update(chunk[(1 if k else 0):(len(chunk) - 1 if k < last else len(chunk))])
            if k:
                ranges.append((chunks[k - 1][-1], chunk[0]))
    regex = "".join("\\" + c if c in "&~|" else c for c in regex)
    if not regex:
        return None
    if regex == "!":
        return ANY
    if regex[0] == "!":
        regex = "^" + regex[1:]
    elif regex[0] in "^[":
        regex = "\\" + regex
    return _Set(negated, frozenset(chars), ranges, f"[{regex}]")


def _parse(pat):
    # The tokens of pattern `pat`; a set that can match nothing makes the token
    # None.
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] is not STAR:
                tokens.append(STAR)
        elif c == "?":
            tokens.append(ANY)
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            j = pat.find("]", j)
            if j < 0:
                tokens.append("[")
            else:
                tokens.append(_parse_set(pat[i:j]))
                i = j + 1
        else:
            tokens.append(c)
    return tokens


def _token_regex(token):
    if token is ANY:
        return "."
    if token is None:
        return "(?!)"
    if isinstance(token, _Set):
        return token.regex
    return _re_escape(token)


def translate(pat):
    # The regular expression (for re.match) that matches what `pat` does: fixed
    # runs between stars become atomic lazy groups, as in CPython 3.11.
    tokens = _parse(pat)
    pieces = _pieces(tokens)
    out = ["".join(map(_token_regex, pieces[0]))]
    for k, fixed in enumerate(pieces[1:], 1):
        fixed = "".join(map(_token_regex, fixed))
        if k == len(pieces) - 1:
            out.append(".*" + fixed)
        else:
            out.append(f"(?>.*?{fixed})")
    return "(?s:" + "".join(out) + ")\\Z"


def _pieces(tokens):
    # The fixed runs of tokens between the stars: [before the first star, after
    # it, ...]; one run when there is no star.
    pieces = [[]]
    for token in tokens:
        if token is STAR:
            pieces.append([])
        else:
            pieces[-1].append(token)
    return pieces


def _match_at(fixed, name, at):
    # Whether the run `fixed` (a str of literal characters, or a list of
    # single-character tokens) matches name[at:at + len(fixed)].
    if isinstance(fixed, str):
        return name.startswith(fixed, at)
    if at + len(fixed) > len(name):
        return False
    for k, token in enumerate(fixed):
        c = name[at + k]
        if token is ANY:
            continue
        if token is None:
            return False
        if isinstance(token, _Set):
            if not token.matches(c):
                return False
        elif token != c:
            return False
    return True


def _find(fixed, name, at):
    # The first position from `at` where `fixed` matches, or -1.
    if isinstance(fixed, str):
        return name.find(fixed, at)
    for start in range(at, len(name) - len(fixed) + 1):
        if _match_at(fixed, name, start):
            return start
    return -1


_cache = {}


def _compiled(pat):
    # The pattern's runs between stars, each a str when it is all literal.
    pieces = _cache.get(pat)
    if pieces is None:
        if len(_cache) >= 256:
            _cache.clear()
        pieces = [
            "".join(run) if all(isinstance(t, str) for t in run) else run
            for run in _pieces(_parse(pat))
        ]
        _cache[pat] = pieces
    return pieces


def fnmatchcase(name, pat):
    # Each run after a star matches at its earliest place (which is never worse
    # than a later one); the last run must end the name.
    if not isinstance(name, str):
        raise TypeError(f"expected string or bytes-like object, got {type(name).__name__!r}")
    pieces = _compiled(pat)
    first = pieces[0]
    if len(pieces) == 1:
        return len(first) == len(name) and _match_at(first, name, 0)
    if not _match_at(first, name, 0):
        return False
    at = len(first)
    for fixed in pieces[1:-1]:
        at = _find(fixed, name, at)
        if at < 0:
            return False
        at += len(fixed)
    last = pieces[-1]
    end = len(name) - len(last)
    return end >= at and _match_at(last, name, end)


def fnmatch(name, pat):
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def filter(names, pat):
    # POSIX names need no normcase, so they must be str already.
    pat = os.path.normcase(pat)
    return [name for name in names if fnmatchcase(name, pat)]
