# shlex, written from its documentation: split, quote, join and the shlex lexer class
# (POSIX and compatibility modes, punctuation_chars, whitespace_split, comments,
# pushback, source inclusion and error_leader). The lexer reads one character at a time
# and moves between the states the documentation describes: between tokens, inside a
# word, inside a run of punctuation, inside quotes, and after an escape character.

import io
import os
import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_LATIN1_LETTERS = (
    "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
)
_DEFAULT_PUNCTUATION = "();<>|&"

# States of the lexer besides a quote or escape character (which name themselves).
_BETWEEN = " "
_WORD = "a"
_PUNCT = "c"
_DONE = None


class shlex:
    """A lexical analyser for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = io.StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_WORD
        if posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)
        else:
            self._pushback_chars = deque()

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push tok onto the token stack; get_token returns it next."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (named newfile) until it ends, then resume the current input."""
        if isinstance(newstream, str):
            newstream = io.StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Close the current input and go back to the one push_source interrupted."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = _BETWEEN

    def get_token(self):
        """The next token: a pushed-back one, else one read from the input."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the input, ignoring pushback and source requests."""
        quoted = False
        escaped_from = _BETWEEN
        while True:
            ch = self._next_char()
            if ch == "\n":
                self.lineno += 1
            state = self.state
            if state is _DONE:
                self.token = ""
                break
            if state == _BETWEEN:
                if not ch:
                    self.state = _DONE
                    break
                if ch in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    escaped_from = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = _WORD
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = _WORD
                else:
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not self.posix:
                        self.token += ch
                        self.state = _BETWEEN
                        break
                    self.state = _WORD
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    escaped_from = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # Inside quotes, an escape only escapes the quote and itself.
                if escaped_from in self.quotes and ch != state and ch != escaped_from:
                    self.token += state
                self.token += ch
                self.state = escaped_from
            elif state in (_WORD, _PUNCT):
                if not ch:
                    self.state = _DONE
                    break
                if ch in self.whitespace:
                    self.state = _BETWEEN
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = _BETWEEN
                        if self.token or (self.posix and quoted):
                            break
                elif state == _PUNCT:
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = _BETWEEN
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    escaped_from = _WORD
                    self.state = ch
                elif (
                    ch in self.wordchars
                    or ch in self.quotes
                    or (self.whitespace_split and ch not in self._punctuation_chars)
                ):
                    self.token += ch
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    self.state = _BETWEEN
                    if self.token or (self.posix and quoted):
                        break
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result

    def sourcehook(self, newfile):
        """The (filename, open file) pair for a source request naming newfile."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message in the format of Unix C compilers."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("shlex.split() does not read from standard input in genpy; pass a string")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def _is_safe(c):
    return c in _ASCII_WORD or c in "@%+=:,./-"


def quote(s):
    """A shell-escaped version of the string s."""
    if not isinstance(s, (str, bytes)):
        raise TypeError("expected string or bytes-like object, got %r" % type(s).__name__)
    if not s:
        return "''"
    if all(_is_safe(c) for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Concatenate the tokens of split_command, each shell-escaped."""
    return " ".join(quote(arg) for arg in split_command)
