//! The layout pass: logos tokens → logical lines with NEWLINE, INDENT and DEDENT.
//!
//! Second stage of the pipeline, between `tokens.rs` and the lalrpop parser. It is an
//! iterator adaptor that follows lalrpop's external-lexer contract exactly: it yields
//! `Result<(start, Tok, end), SyntaxError>`.
//!
//! It reads one *logical line* at a time into a buffer (newlines inside brackets and
//! blank or comment-only lines vanish, backslash joins were already removed by the
//! lexer), then emits the INDENT or DEDENTs that line's indentation implies, the line's
//! tokens and a NEWLINE. At the end of input it emits one DEDENT per open level. The
//! indent stack keeps two widths per level, as CPython's tokenizer does: tabs to the
//! next multiple of 8 and tabs as one column; if comparing a line with the stack gives
//! different answers under the two measures, the line is a `TabError`.
//!
//! Buffering a whole line lets this pass resolve the places where one token of
//! lookahead is not enough for an LR parser, by looking at the complete line:
//! - a line starting with the name `match` (or `case`) and ending with `:` is a
//!   `match` statement (or a `case` block), so the soft keyword becomes `Tok::Match`
//!   (`Tok::Case`); `match = 3` and `match(x)` stay names;
//! - `with (` whose `)` is directly followed by `:` and which has a top-level `,` or
//!   `as` inside is a parenthesised list of with-items, so its `(` becomes
//!   `Tok::WithLPar` (CPython 3.9+ reads `with (a, b):` as two context managers);
//! - a line ending in `:` after a compound-statement keyword must be followed by a
//!   deeper line, else CPython's "expected an indented block after ..." error.
//!
//! f-string replacement fields are parsed with an [`Layout::expression`] pass over the
//! field text: no NEWLINE/INDENT at all, as if the text were inside parentheses.

use std::collections::VecDeque;
use std::ops::Range;

use logos::{Logos, SpannedIter};

use super::ast::Span;
use super::tokens::{LexError, Tok};
use super::{line_of, SyntaxError, SyntaxErrorKind};

/// How deeply brackets may nest (CPython's tokenizer has the same limit, MAXLEVEL).
const MAX_BRACKETS: usize = 200;

/// How many indentation levels may be open, the bottom one included (CPython's
/// tokenizer has the same limit, MAXINDENT).
const MAX_INDENTS: usize = 100;

/// A token with its byte range: the triple lalrpop's external lexer contract asks for.
pub type SpannedTok = (usize, Tok, usize);

/// Indentation of a line measured two ways (see the module doc).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Indent {
    /// Width with tabs advancing to the next multiple of 8.
    col: usize,
    /// Width with every tab counting as one column.
    alt: usize,
}

/// A compound-statement header whose line ended with `:`; the next line must indent.
#[derive(Clone, Copy, Debug)]
struct Header {
    /// How CPython names the statement, e.g. "'if' statement", "function definition".
    what: &'static str,
    /// Byte offset of the header's first token (its line is counted only for the
    /// error: counting it for every header made the layout pass quadratic).
    pos: usize,
}

/// One logical line read from the lexer.
struct Line {
    tokens: Vec<SpannedTok>,
    /// Span of the line break that ended it (empty at the end of input).
    newline: (usize, usize),
}

/// The layout iterator over a source text (see the module doc).
pub struct Layout<'s> {
    /// The text being lexed (for f-string fields, only the field's text).
    source: &'s str,
    /// Added to every position, so that positions index the whole file.
    offset: usize,
    lexer: SpannedIter<'s, Tok>,
    /// Expression mode (f-string fields): no NEWLINE, INDENT or DEDENT.
    expression: bool,
    /// Open indentation levels; the bottom one is column 0.
    indents: Vec<Indent>,
    /// Open brackets: the bracket character and its position.
    brackets: Vec<(char, usize)>,
    /// Tokens ready to be handed to the parser.
    pending: VecDeque<SpannedTok>,
    /// Set while the previous line was a compound-statement header ending in `:`.
    header: Option<Header>,
    /// Whether the previous logical line ended with `:` (an INDENT may follow).
    after_colon: bool,
    /// No more tokens will be produced (end of input or an error was returned).
    done: bool,
    /// The "'(' was never closed" error of a bracket still open at the end of input:
    /// handed to the parser after the last token (CPython's tokenizer reports it only
    /// when the parser asks for a token past the end), and kept for
    /// [`unclosed_bracket`].
    unclosed: Option<SyntaxError>,
    /// Whether the end of input (`None`, or the `unclosed` error) has been handed out.
    ended: bool,
}

impl<'s> Layout<'s> {
    /// A layout pass over a whole module's source. A leading byte-order mark is skipped.
    pub fn new(source: &'s str) -> Layout<'s> {
        match source.strip_prefix('\u{feff}') {
            Some(rest) => Layout::with_mode(rest, '\u{feff}'.len_utf8(), false),
            None => Layout::with_mode(source, 0, false),
        }
    }

    /// A layout pass over an f-string field's text, which starts at byte `offset` of
    /// the file: tokens only, newlines ignored as inside brackets.
    pub(crate) fn expression(text: &'s str, offset: usize) -> Layout<'s> {
        Layout::with_mode(text, offset, true)
    }

    fn with_mode(source: &'s str, offset: usize, expression: bool) -> Layout<'s> {
        Layout {
            source,
            offset,
            lexer: Tok::lexer(source).spanned(),
            expression,
            indents: vec![Indent::default()],
            brackets: Vec::new(),
            pending: VecDeque::new(),
            header: None,
            after_colon: false,
            done: false,
            unclosed: None,
            ended: false,
        }
    }

    /// An error at `start..end` of `self.source`.
    fn error(
        &self,
        kind: SyntaxErrorKind,
        message: impl Into<String>,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        SyntaxError::new(
            kind,
            message,
            Span::new(start + self.offset, end + self.offset),
        )
    }

    /// Reads tokens up to the end of the next non-blank logical line. At the end of
    /// input the returned line may be empty.
    fn read_line(&mut self) -> Result<Line, SyntaxError> {
        let mut tokens = Vec::new();
        loop {
            let Some((result, span)) = self.lexer.next() else {
                let end = self.source.len();
                if let Some(&(open, pos)) = self.brackets.last() {
                    let message = format!("'{open}' was never closed");
                    let err = self.error(SyntaxErrorKind::SyntaxError, message, pos, pos + 1);
                    self.unclosed = Some(err.incomplete());
                }
                return Ok(Line {
                    tokens,
                    newline: (end, end),
                });
            };
            let tok = match result {
                Ok(tok) => tok,
                Err(e) => {
                    let first = tokens.first().map_or(span.start, |t| t.0);
                    let err = self.lex_error(e, span);
                    return Err(self.line_error(first, err));
                }
            };
            if tok == Tok::Newline {
                if self.expression || !self.brackets.is_empty() || tokens.is_empty() {
                    continue;
                }
                return Ok(Line {
                    tokens,
                    newline: (span.start, span.end),
                });
            }
            if let Err(err) = self.track_bracket(&tok, span.start) {
                let first = tokens.first().map_or(span.start, |t| t.0);
                return Err(self.line_error(first, err));
            }
            tokens.push((span.start, tok, span.end));
        }
    }

    /// Keeps the bracket stack, reporting unmatched and mismatched closers like CPython.
    fn track_bracket(&mut self, tok: &Tok, pos: usize) -> Result<(), SyntaxError> {
        let close = match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                let open = match tok {
                    Tok::LPar => '(',
                    Tok::LSqb => '[',
                    _ => '{',
                };
                if self.brackets.len() >= MAX_BRACKETS {
                    let message = "too many nested parentheses";
                    return Err(self.error(SyntaxErrorKind::SyntaxError, message, pos, pos + 1));
                }
                self.brackets.push((open, pos));
                return Ok(());
            }
            Tok::RPar => ')',
            Tok::RSqb => ']',
            Tok::RBrace => '}',
            _ => return Ok(()),
        };
        let message = match self.brackets.pop() {
            None => format!("unmatched '{close}'"),
            Some((open, open_pos)) => {
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if expected == close {
                    return Ok(());
                }
                let (open_line, close_line) = (self.line(open_pos), self.line(pos));
                let on_line = if open_line == close_line {
                    String::new()
                } else {
                    format!(" on line {open_line}")
                };
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open}'{on_line}"
                )
            }
        };
        Err(self.error(SyntaxErrorKind::SyntaxError, message, pos, pos + 1))
    }

    /// 1-based line number of a position in `self.source`.
    fn line(&self, pos: usize) -> usize {
        line_of(self.source, pos)
    }

    /// Turns a logos error into CPython's message for it.
    fn lex_error(&self, error: LexError, span: Range<usize>) -> SyntaxError {
        use SyntaxErrorKind::SyntaxError as Syntax;
        match error {
            LexError::UnterminatedString { triple, end } => {
                let quotes = if triple { "triple-quoted " } else { "" };
                // CPython's tokenizer has not counted a line break that ends the input.
                let text = &self.source[..end];
                let last = ["\r\n", "\n", "\r"]
                    .iter()
                    .find_map(|brk| text.strip_suffix(brk))
                    .unwrap_or(text)
                    .len();
                let message = format!(
                    "unterminated {quotes}string literal (detected at line {})",
                    self.line(last)
                );
                let err = self.error(Syntax, message, span.start, span.start + 1);
                if triple {
                    err.incomplete()
                } else {
                    err
                }
            }
            LexError::BadNumber(message) => self.error(Syntax, message, span.start, span.end),
            LexError::BadDigit { digit, base } => {
                let message = format!("invalid digit '{digit}' in {base} literal");
                self.error(Syntax, message, span.start, span.end)
            }
            LexError::InvalidCharacter => {
                let rest = &self.source[span.start..];
                let c = rest.chars().next().unwrap_or(' ');
                let end = span.start + c.len_utf8();
                if c == '\\' && rest.len() == 1 {
                    self.error(Syntax, "unexpected EOF while parsing", span.start, end)
                        .incomplete()
                } else if c == '\\' {
                    let message = "unexpected character after line continuation character";
                    self.error(Syntax, message, span.start, end)
                } else if !c.is_ascii() {
                    let message = format!("invalid character '{c}' (U+{:04X})", c as u32);
                    self.error(Syntax, message, span.start, end)
                } else {
                    self.error(Syntax, "invalid syntax", span.start, end)
                }
            }
        }
    }

    /// Compares the indentation of a line whose first token starts at `first` with the
    /// indent stack and queues the INDENT or DEDENTs it implies.
    fn indent_to(&mut self, first: usize) -> Result<(), SyntaxError> {
        let (line_start, indent) = self.check_indent(first)?;
        let top = self.indents.last().copied().unwrap_or_default();
        if indent.col > top.col {
            if !self.after_colon {
                let kind = SyntaxErrorKind::IndentationError;
                return Err(self.error(kind, "unexpected indent", line_start, first));
            }
            self.header = None;
            self.indents.push(indent);
            self.pending.push_back((line_start, Tok::Indent, first));
            return Ok(());
        }
        if let Some(header) = self.header.take() {
            return Err(self.expected_block(header, first));
        }
        while indent.col < self.indents.last().map_or(0, |level| level.col) {
            self.indents.pop();
            self.pending.push_back((first, Tok::Dedent, first));
        }
        Ok(())
    }

    /// The error to report for `err`, a lexical or bracket error on the line whose first
    /// token starts at `first`: the indentation error CPython reports before it, if any: its tokenizer measures the indentation before
    /// reading the line, and its parser fails at an unexpected INDENT before the
    /// tokenizer reads on (a missing block is found only after the lexical error).
    fn line_error(&mut self, first: usize, err: SyntaxError) -> SyntaxError {
        if self.expression {
            return err;
        }
        if let Err(indentation) = self.check_indent(first) {
            return indentation;
        }
        if self.header.is_none() {
            if let Err(indentation) = self.indent_to(first) {
                return indentation;
            }
        }
        err
    }

    /// The errors CPython's tokenizer finds in the indentation of a line whose first
    /// token starts at `first`, before any token of the line is read (tabs and spaces
    /// mixed, a dedent to no open level, too many levels); else where the line starts
    /// and its indentation.
    fn check_indent(&self, first: usize) -> Result<(usize, Indent), SyntaxError> {
        let line_start = self.source[..first]
            .rfind(['\n', '\r'])
            .map_or(0, |i| i + 1);
        let indent = measure(&self.source[line_start..first]);
        let top = self.indents.last().copied().unwrap_or_default();
        let error = |kind, message| Err(self.error(kind, message, line_start, first));
        let tab_error = "inconsistent use of tabs and spaces in indentation";
        if indent.col > top.col {
            if indent.alt <= top.alt {
                return error(SyntaxErrorKind::TabError, tab_error);
            }
            if self.indents.len() >= MAX_INDENTS {
                let message = "too many levels of indentation";
                return error(SyntaxErrorKind::IndentationError, message);
            }
            return Ok((line_start, indent));
        }
        let Some(level) = self.indents.iter().rev().find(|l| l.col <= indent.col) else {
            return Ok((line_start, indent));
        };
        if level.col != indent.col {
            let message = "unindent does not match any outer indentation level";
            return error(SyntaxErrorKind::IndentationError, message);
        }
        if level.alt != indent.alt {
            return error(SyntaxErrorKind::TabError, tab_error);
        }
        Ok((line_start, indent))
    }

    /// CPython's error for a block header not followed by an indented line.
    fn expected_block(&self, header: Header, at: usize) -> SyntaxError {
        let message = format!(
            "expected an indented block after {} on line {}",
            header.what,
            self.line(header.pos)
        );
        let end = (at + 1).min(self.source.len()).max(at);
        self.error(SyntaxErrorKind::IndentationError, message, at, end)
    }

    /// Produces the tokens of the next logical line (or the final DEDENTs).
    fn fill(&mut self) -> Result<(), SyntaxError> {
        let line = self.read_line()?;
        if self.expression {
            self.pending.extend(line.tokens);
            self.done = true;
            return Ok(());
        }
        let Some(&(first, _, _)) = line.tokens.first() else {
            let end = self.source.len();
            if let Some(header) = self.header.take() {
                return Err(self.expected_block(header, end).incomplete());
            }
            for _ in 1..self.indents.len() {
                self.pending.push_back((end, Tok::Dedent, end));
            }
            self.indents.truncate(1);
            self.done = true;
            return Ok(());
        };
        self.indent_to(first)?;
        let mut tokens = line.tokens;
        rewrite_soft_keywords(&mut tokens);
        self.after_colon = matches!(tokens.last(), Some((_, Tok::Colon, _)));
        self.header = match header_name(&tokens) {
            Some(what) if self.after_colon => Some(Header { what, pos: first }),
            _ => None,
        };
        self.pending.extend(tokens);
        if self.unclosed.is_some() {
            self.done = true;
            return Ok(());
        }
        self.pending
            .push_back((line.newline.0, Tok::Newline, line.newline.1));
        Ok(())
    }
}

impl Iterator for Layout<'_> {
    type Item = Result<SpannedTok, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some((start, mut tok, end)) = self.pending.pop_front() {
                if let Tok::Str(lit) = &mut tok {
                    lit.body_start += self.offset;
                }
                return Some(Ok((start + self.offset, tok, end + self.offset)));
            }
            if self.done {
                if std::mem::replace(&mut self.ended, true) {
                    return None;
                }
                return self.unclosed.clone().map(Err);
            }
            if let Err(err) = self.fill() {
                self.done = true;
                self.ended = true;
                return Some(Err(err));
            }
        }
    }
}

/// The tokens of `source` up to its end or its first layout error, the error for a
/// bracket still open at the end (when the pass gets there), and that first error.
pub(crate) fn tokens_and_unclosed(
    source: &str,
) -> (Vec<SpannedTok>, Option<SyntaxError>, Option<SyntaxError>) {
    let mut layout = Layout::new(source);
    let mut tokens = Vec::new();
    let mut failed = None;
    for next in layout.by_ref() {
        match next {
            Ok(tok) => tokens.push(tok),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    (tokens, layout.unclosed, failed)
}

/// Measures the whitespace before a line's first token; a form feed resets the count.
fn measure(prefix: &str) -> Indent {
    let mut indent = Indent::default();
    for c in prefix.chars() {
        match c {
            ' ' => {
                indent.col += 1;
                indent.alt += 1;
            }
            '\t' => {
                indent.col = (indent.col / 8 + 1) * 8;
                indent.alt += 1;
            }
            '\x0C' => indent = Indent::default(),
            _ => {}
        }
    }
    indent
}

/// How CPython names the compound statement a line starts, for indentation errors.
fn header_name(tokens: &[SpannedTok]) -> Option<&'static str> {
    let mut kinds = tokens.iter().map(|(_, tok, _)| tok);
    let mut first = kinds.next()?;
    if *first == Tok::Async {
        first = kinds.next()?;
    }
    Some(match first {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

/// Turns soft keywords and parenthesised with-items into their own tokens (module doc).
fn rewrite_soft_keywords(tokens: &mut [SpannedTok]) {
    let ends_with_colon = matches!(tokens.last(), Some((_, Tok::Colon, _)));
    if tokens.len() > 2 {
        if let (_, Tok::Name(name), _) = &tokens[0] {
            match name.as_str() {
                "match" if ends_with_colon => tokens[0].1 = Tok::Match,
                // `case 1: pass` keeps its body on the same line.
                "case" if ends_with_colon || has_top_level_colon(&tokens[1..]) => {
                    tokens[0].1 = Tok::Case
                }
                _ => {}
            }
        }
    }
    for i in 0..tokens.len() {
        if tokens[i].1 == Tok::With
            && tokens.get(i + 1).is_some_and(|t| t.1 == Tok::LPar)
            && parenthesised_with_items(&tokens[i + 1..])
        {
            tokens[i + 1].1 = Tok::WithLPar;
        }
    }
}

/// Whether a `:` appears outside brackets (and the line is not an assignment to a
/// name `case`, whose second token would be `=` or `.`).
fn has_top_level_colon(tokens: &[SpannedTok]) -> bool {
    if matches!(tokens.first(), Some((_, Tok::Equal | Tok::Dot, _))) {
        return false;
    }
    let mut depth = 0usize;
    for (_, tok, _) in tokens {
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            Tok::Colon if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// Whether `tokens`, starting at a `(`, are `( item, ... ):` with a `,` or `as` at the
/// top level inside, i.e. a parenthesised with-item list rather than an expression.
fn parenthesised_with_items(tokens: &[SpannedTok]) -> bool {
    let mut depth = 0usize;
    let mut separated = false;
    for (i, (_, tok, _)) in tokens.iter().enumerate() {
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return separated && matches!(tokens.get(i + 1), Some((_, Tok::Colon, _)));
                }
            }
            Tok::Comma | Tok::As if depth == 1 => separated = true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token stream as short strings: names by their text, layout tokens in capitals.
    fn layout(src: &str) -> Vec<String> {
        Layout::new(src)
            .map(|item| match item {
                Ok((_, tok, _)) => match tok {
                    Tok::Name(n) => n,
                    Tok::Newline => "NL".into(),
                    Tok::Indent => "IN".into(),
                    Tok::Dedent => "DE".into(),
                    other => format!("{other:?}"),
                },
                Err(e) => format!("ERR {}: {}", e.kind.name(), e.message),
            })
            .collect()
    }

    fn error(src: &str) -> SyntaxError {
        Layout::new(src)
            .find_map(Result::err)
            .unwrap_or_else(|| panic!("no error for {src:?}"))
    }

    #[test]
    fn blocks_get_indent_and_dedent() {
        let src = "if a:\n    b\n    if c:\n        d\ne\n";
        assert_eq!(
            layout(src),
            [
                "If", "a", "Colon", "NL", "IN", "b", "NL", "If", "c", "Colon", "NL", "IN", "d",
                "NL", "DE", "DE", "e", "NL"
            ]
        );
    }

    #[test]
    fn end_of_input_closes_every_level_and_the_last_line() {
        assert_eq!(
            layout("def f():\n  if x:\n    y"),
            [
                "Def", "f", "LPar", "RPar", "Colon", "NL", "IN", "If", "x", "Colon", "NL", "IN",
                "y", "NL", "DE", "DE"
            ]
        );
    }

    #[test]
    fn blank_and_comment_lines_and_brackets_do_not_count() {
        let src = "x = (1,\n  2)\n\n   # comment\n\\\ny = [\n]  # c\n";
        assert_eq!(
            layout(src),
            [
                "x", "Equal", "LPar", "Int(1)", "Comma", "Int(2)", "RPar", "NL", "y", "Equal",
                "LSqb", "RSqb", "NL"
            ]
        );
    }

    #[test]
    fn backslash_joins_lines() {
        assert_eq!(
            layout("a = 1 + \\\n    2\n"),
            ["a", "Equal", "Int(1)", "Plus", "Int(2)", "NL"]
        );
    }

    #[test]
    fn spans_of_layout_tokens() {
        let toks: Vec<SpannedTok> = Layout::new("if a:\n  b\n").map(Result::unwrap).collect();
        assert_eq!(toks[3], (5, Tok::Newline, 6));
        assert_eq!(toks[4], (6, Tok::Indent, 8));
        assert_eq!(toks[7], (10, Tok::Dedent, 10));
    }

    #[test]
    fn indentation_errors() {
        let e = error("if x:\n    a\n  b\n");
        assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(
            e.message,
            "unindent does not match any outer indentation level"
        );
        assert_eq!(error("x = 1\n  y\n").message, "unexpected indent");
        let e = error("if x:\n\ta\n        b\n");
        assert_eq!(e.kind, SyntaxErrorKind::TabError);
        assert_eq!(
            e.message,
            "inconsistent use of tabs and spaces in indentation"
        );
        assert_eq!(
            error("if x:\n        a\n\tb\n").kind,
            SyntaxErrorKind::TabError
        );
    }

    #[test]
    fn tabs_consistent_with_themselves_are_fine() {
        assert_eq!(layout("if x:\n\ta\n\tb\n").len(), 10);
    }

    #[test]
    fn missing_block_after_header() {
        let e = error("if x:\npass\n");
        assert_eq!(
            e.message,
            "expected an indented block after 'if' statement on line 1"
        );
        assert!(!e.incomplete);
        let e = error("x = 1\nasync def f():\n");
        assert_eq!(
            e.message,
            "expected an indented block after function definition on line 2"
        );
        assert!(e.incomplete);
        assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    }

    #[test]
    fn brackets_errors() {
        let e = error("foo(\n1,");
        assert_eq!(e.message, "'(' was never closed");
        assert!(e.incomplete);
        assert_eq!(e.span, Span::new(3, 4));
        assert_eq!(error("foo)").message, "unmatched ')'");
        assert_eq!(
            error("foo(]").message,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            error("foo(\n]").message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
    }

    #[test]
    fn lexical_errors() {
        let e = error("x = 'abc\n");
        assert_eq!(
            e.message,
            "unterminated string literal (detected at line 1)"
        );
        assert!(!e.incomplete);
        let e = error("x = '''abc\n\n");
        assert_eq!(
            e.message,
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert!(e.incomplete);
        let e = error("x = \\");
        assert!(e.incomplete);
        assert_eq!(
            error("x = \\ y").message,
            "unexpected character after line continuation character"
        );
        assert_eq!(error("x = €").message, "invalid character '€' (U+20AC)");
        assert_eq!(error("x = $").message, "invalid syntax");
        assert_eq!(error("1abc").message, "invalid decimal literal");
    }

    #[test]
    fn bracket_nesting_is_limited_like_cpython() {
        let deep = format!("x = {}{}\n", "(".repeat(200), ")".repeat(200));
        assert!(Layout::new(&deep).all(|t| t.is_ok()));
        let too_deep = format!("x = {}{}\n", "(".repeat(201), ")".repeat(201));
        assert_eq!(error(&too_deep).message, "too many nested parentheses");
    }

    #[test]
    fn soft_keywords_only_on_match_statements() {
        assert_eq!(layout("match = 3\n")[0], "match");
        assert_eq!(layout("match(x)\n")[0], "match");
        let toks = layout("match x:\n    case 1:\n        pass\n");
        assert_eq!(toks[0], "Match");
        assert_eq!(toks[5], "Case");
    }

    #[test]
    fn parenthesised_with_items_get_their_own_paren() {
        assert_eq!(layout("with (a, b): pass\n")[1], "WithLPar");
        assert_eq!(layout("with (a as b): pass\n")[1], "WithLPar");
        assert_eq!(layout("with (a, b) as c: pass\n")[1], "LPar");
        assert_eq!(layout("with (a): pass\n")[1], "LPar");
    }

    #[test]
    fn expression_mode_offsets_positions() {
        let toks: Vec<SpannedTok> = Layout::expression("a +\n 'b'", 10)
            .map(Result::unwrap)
            .collect();
        assert_eq!(toks.len(), 3);
        assert_eq!(toks[0], (10, Tok::Name("a".into()), 11));
        let Tok::Str(lit) = &toks[2].1 else {
            panic!("expected a string");
        };
        assert_eq!(lit.body_start, 16);
    }

    #[test]
    fn byte_order_mark_is_skipped() {
        let toks: Vec<SpannedTok> = Layout::new("\u{feff}x\n").map(Result::unwrap).collect();
        assert_eq!(toks[0], (3, Tok::Name("x".into()), 4));
    }
}
