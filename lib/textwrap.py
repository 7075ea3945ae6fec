# textwrap, written from its documentation: wrap, fill, shorten, dedent, indent and
# TextWrapper. Text is cut into chunks (runs of whitespace, words, and the pieces of
# hyphenated words) by a hand-written scanner that follows CPython's rules for where
# a word may break, then the chunks are packed greedily into lines.

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_word(c):
    # A character of \w.
    return c.isalnum() or c == "_"


def _is_letter(c):
    # A word character that is not a digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dash_run(text, i):
    # The end of a run of two or more hyphens at i that a word character follows,
    # or -1.
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    if j - i >= 2 and j < len(text) and _is_word(text[j]):
        return j
    return -1


def _hyphen_breaks(text, j):
    # Whether a word may break after the hyphen at j: letters on both sides (two
    # letters before it, or letter-hyphen-letter), and a letter, an optional
    # hyphen and a letter after it.
    if text[j] != "-":
        return False
    before = (_letter_at(text, j - 1) and _letter_at(text, j - 2)) or (
        _letter_at(text, j - 1)
        and j >= 2
        and text[j - 2] == "-"
        and _letter_at(text, j - 3)
    )
    if not before:
        return False
    if not _letter_at(text, j + 1):
        return False
    k = j + 2
    return _letter_at(text, k) or (
        k < len(text) and text[k] == "-" and _letter_at(text, k + 1)
    )


def _split_hyphenated(text):
    # The chunks of text when words may break at hyphens and em-dashes.
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _dash_run(text, i) > 0:
            j = _dash_run(text, i)
        else:
            j = i + 1
            while True:
                if j < n and _hyphen_breaks(text, j):
                    j += 1
                    break
                if j >= n or text[j] in _whitespace:
                    break
                if _is_word_punct(text[j - 1]) and _dash_run(text, j) > 0:
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    # The chunks of text: runs of whitespace and runs of everything else.
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then '.', '!' or '?', then an optional quote, at the end.
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return (
        len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"
    )


class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters."""

    def __init__(
        self,
        width=70,
        initial_indent="",
        subsequent_indent="",
        expand_tabs=True,
        replace_whitespace=True,
        fix_sentence_endings=False,
        break_long_words=True,
        drop_whitespace=True,
        break_on_hyphens=True,
        tabsize=8,
        *,
        max_lines=None,
        placeholder=" [...]",
    ):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence's end.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk too long for any line: cut it (after a hyphen if one fits), or
        # put it whole on a line of its own.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = (
                self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            )
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if self._fits(lines, chunks, cur_len, width):
                lines.append(indent + "".join(cur_line))
                continue
            self._finish_with_placeholder(lines, cur_line, cur_len, width, indent)
            break
        return lines

    def _fits(self, lines, chunks, cur_len, width):
        # Whether the current line may be added as it is under max_lines.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = not chunks or (
            self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()
        )
        return rest_is_blank and cur_len <= width

    def _finish_with_placeholder(self, lines, cur_line, cur_len, width, indent):
        # The last line allowed: as many chunks as fit before the placeholder.
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + "".join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def wrap(self, text):
        """The lines of the wrapped text, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into a list of lines of at most `width` characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph and joins its lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates the text to fit one line of `width`."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def _margin(line):
    # The spaces and tabs a line starts with.
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Removes the leading whitespace every non-blank line has in common; lines of
    only spaces and tabs become empty."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and _margin(line) == line:
            lines[i] = ""
    margin = None
    for line in lines:
        indent = _margin(line)
        if indent == line:
            continue
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            k = 0
            while k < len(margin) and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines for which `predicate` is true (by default the
    lines that are not only whitespace)."""
    if predicate is None:

        def predicate(line):
            return line.strip()

    return "".join(
        prefix + line if predicate(line) else line
        for line in text.splitlines(True)
    )
