//! f-strings: splitting an f-string literal into literal text and replacement fields.
//!
//! Works on the raw body of one `f"..."` token (see `tokens::StrLit`). Literal runs
//! are escape-decoded by `strings::decode`, `{{`/`}}` become braces, and each
//! `{expr!conv:spec}` field is cut out by scanning for its end (skipping nested
//! brackets and string literals, as CPython 3.11's f-string scanner does). The field's
//! text is then parsed by the real parser (`parse_fstring_field`), as if it were in
//! parentheses, with positions offset to where the text sits in the file, so spans
//! inside fields are exact. A format spec is itself split into parts, so it may
//! contain fields (`{x:{width}}`), nested at most two levels deep as in CPython.
//!
//! For `{expr=}` the debug text is the expression text with the `=` and any spaces
//! around it; when there is neither a conversion nor a spec the conversion becomes
//! `'r'`, which is what CPython compiles.

use super::ast::{ExprKind, FStringPart, Span};
use super::strings::{decode, merge_literals};
use super::tokens::StrLit;
use super::{parse_fstring_field, SyntaxError};

/// Splits one f-string literal into parts.
pub(crate) fn split(lit: &StrLit) -> Result<Vec<FStringPart>, SyntaxError> {
    let mut scanner = Scanner {
        body: &lit.body,
        base: lit.body_start,
        raw: lit.raw,
        pos: 0,
    };
    let parts = scanner.parts(0)?;
    Ok(merge_literals(parts))
}

/// A cursor over an f-string body.
struct Scanner<'a> {
    body: &'a str,
    /// Byte offset of `body` in the file.
    base: usize,
    raw: bool,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.body.as_bytes().get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.body.as_bytes().get(self.pos + ahead).copied()
    }

    fn error(&self, message: &str, start: usize, end: usize) -> SyntaxError {
        let message = format!("f-string: {message}");
        SyntaxError::syntax(message, Span::new(self.base + start, self.base + end))
    }

    /// Decodes the literal text `body[start..end]`.
    fn literal(&self, start: usize, end: usize) -> Result<String, SyntaxError> {
        decode(&self.body[start..end], self.raw, self.base + start)
    }

    /// Reads literal text and fields until the end of the body or, inside a format
    /// spec (`depth > 0`), until the `}` that closes the field (left unconsumed).
    fn parts(&mut self, depth: usize) -> Result<Vec<FStringPart>, SyntaxError> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut run_start = self.pos;
        loop {
            match self.peek() {
                None => {
                    if depth > 0 {
                        return Err(self.error("expecting '}'", self.pos, self.pos));
                    }
                    break;
                }
                Some(b'\\') if !self.raw => {
                    // An escape is literal text; `\N{...}` contains braces that are not fields.
                    self.pos += 1;
                    match self.peek() {
                        Some(b'{' | b'}') | None => {}
                        Some(b'N') if self.peek_at(1) == Some(b'{') => {
                            let close = self.body[self.pos..].find('}');
                            self.pos = close.map_or(self.body.len(), |k| self.pos + k + 1);
                        }
                        Some(_) => {
                            let c = self.body[self.pos..].chars().next().unwrap_or(' ');
                            self.pos += c.len_utf8();
                        }
                    }
                }
                Some(b'{') if depth == 0 && self.peek_at(1) == Some(b'{') => {
                    text.push_str(&self.literal(run_start, self.pos)?);
                    text.push('{');
                    self.pos += 2;
                    run_start = self.pos;
                }
                Some(b'}') if depth > 0 => break,
                Some(b'}') if self.peek_at(1) == Some(b'}') => {
                    text.push_str(&self.literal(run_start, self.pos)?);
                    text.push('}');
                    self.pos += 2;
                    run_start = self.pos;
                }
                Some(b'}') => {
                    return Err(self.error("single '}' is not allowed", self.pos, self.pos + 1));
                }
                Some(b'{') => {
                    text.push_str(&self.literal(run_start, self.pos)?);
                    parts.push(FStringPart::Literal(std::mem::take(&mut text)));
                    parts.push(self.field(depth)?);
                    run_start = self.pos;
                }
                Some(_) => {
                    let c = self.body[self.pos..].chars().next().unwrap_or(' ');
                    self.pos += c.len_utf8();
                }
            }
        }
        text.push_str(&self.literal(run_start, self.pos)?);
        parts.push(FStringPart::Literal(text));
        Ok(parts)
    }

    /// Parses one replacement field starting at its `{`; leaves `pos` after its `}`.
    fn field(&mut self, depth: usize) -> Result<FStringPart, SyntaxError> {
        let open = self.pos;
        if depth >= 2 {
            return Err(self.error("expressions nested too deeply", open, open + 1));
        }
        self.pos += 1;
        let expr_start = self.pos;
        let debug = self.scan_expression()?;
        let expr_end = self.pos;
        let text = &self.body[expr_start..expr_end];
        if text.trim().is_empty() {
            return Err(self.error("empty expression not allowed", expr_start, expr_end));
        }
        let mut debug_text = None;
        if debug {
            self.pos += 1;
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.pos += 1;
            }
            debug_text = Some(self.literal(expr_start, self.pos)?);
        }
        let mut conversion = None;
        if self.peek() == Some(b'!') {
            let c = self.peek_at(1);
            if !matches!(c, Some(b'r' | b's' | b'a')) {
                return Err(self.error(
                    "invalid conversion character: expected 's', 'r', or 'a'",
                    self.pos,
                    self.pos + 1,
                ));
            }
            conversion = c.map(char::from);
            self.pos += 2;
        }
        let mut spec = Vec::new();
        let has_spec = self.peek() == Some(b':');
        if has_spec {
            self.pos += 1;
            spec = merge_literals(self.parts(depth + 1)?);
        }
        if self.peek() != Some(b'}') {
            return Err(self.error("expecting '}'", self.pos, self.pos));
        }
        self.pos += 1;
        if debug_text.is_some() && conversion.is_none() && !has_spec {
            conversion = Some('r');
        }
        let mut expr = parse_fstring_field(text, self.base + expr_start).map_err(|err| {
            if err.message.starts_with("f-string") {
                err
            } else {
                SyntaxError {
                    message: format!("f-string: {}", err.message),
                    ..err
                }
            }
        })?;
        // The field is parsed as if parenthesised, so CPython gives an unparenthesised
        // tuple the span of the braces.
        let own_parens = (expr.span.start as usize)
            .checked_sub(self.base)
            .and_then(|at| self.body.as_bytes().get(at))
            == Some(&b'(');
        if matches!(expr.node, ExprKind::Tuple(_)) && !own_parens {
            expr.span = Span::new(self.base + open, self.base + self.pos);
        }
        Ok(FStringPart::Field {
            expr: Box::new(expr),
            conversion,
            spec,
            debug_text,
        })
    }

    /// Advances to the end of a field's expression: a top-level `}`, `!` (not `!=`),
    /// `:` or a debug `=`. Returns whether it stopped at a debug `=`.
    fn scan_expression(&mut self) -> Result<bool, SyntaxError> {
        // The brackets open, innermost last, with where each opened.
        let mut open: Vec<(u8, usize)> = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                if let Some(&(bracket, at)) = open.last() {
                    let message = format!("unmatched '{}'", char::from(bracket));
                    return Err(self.error(&message, at, at + 1));
                }
                return Err(self.error("expecting '}'", self.pos, self.pos));
            };
            let nesting = open.len();
            match c {
                b'\\' => {
                    return Err(SyntaxError::syntax(
                        "f-string expression part cannot include a backslash",
                        Span::new(self.base + self.pos, self.base + self.pos + 1),
                    ));
                }
                b'#' => {
                    return Err(SyntaxError::syntax(
                        "f-string expression part cannot include '#'",
                        Span::new(self.base + self.pos, self.base + self.pos + 1),
                    ));
                }
                b'\'' | b'"' => self.skip_string(c)?,
                b'(' | b'[' | b'{' => {
                    open.push((c, self.pos));
                    self.pos += 1;
                }
                b')' | b']' | b'}' if nesting > 0 => {
                    let (opening, _) = open.pop().unwrap_or((c, 0));
                    if closing_of(opening) != c {
                        let message = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            char::from(c),
                            char::from(opening)
                        );
                        return Err(self.error(&message, self.pos, self.pos + 1));
                    }
                    self.pos += 1;
                }
                b'}' => return Ok(false),
                b')' | b']' => {
                    let message = format!("unmatched '{}'", char::from(c));
                    return Err(self.error(&message, self.pos, self.pos + 1));
                }
                b'=' | b'!' | b'<' | b'>' if self.peek_at(1) == Some(b'=') => self.pos += 2,
                b'=' if nesting == 0 => return Ok(true),
                b'!' | b':' if nesting == 0 => return Ok(false),
                _ => {
                    let ch = self.body[self.pos..].chars().next().unwrap_or(' ');
                    self.pos += ch.len_utf8();
                }
            }
        }
    }

    /// Skips a string literal inside a field's expression (quote at `pos`).
    fn skip_string(&mut self, quote: u8) -> Result<(), SyntaxError> {
        let start = self.pos;
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        let delimiter = if triple { 3 } else { 1 };
        self.pos += delimiter;
        let closing = &self.body[start..start + delimiter];
        match self.body[self.pos..].find(closing) {
            Some(k) if self.body[self.pos..self.pos + k].contains('\\') => {
                let at = self.pos + self.body[self.pos..].find('\\').unwrap_or(0);
                Err(SyntaxError::syntax(
                    "f-string expression part cannot include a backslash",
                    Span::new(self.base + at, self.base + at + 1),
                ))
            }
            Some(k) => {
                self.pos += k + delimiter;
                Ok(())
            }
            None => Err(self.error("unterminated string", start, self.body.len())),
        }
    }
}

/// The bracket that closes `open`.
fn closing_of(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::tokens::StrKind;

    fn fstr(body: &str) -> Result<Vec<FStringPart>, SyntaxError> {
        split(&StrLit {
            kind: StrKind::FStr,
            raw: false,
            body: body.to_string(),
            body_start: 2,
        })
    }

    /// A compact rendering: literals quoted, fields as {expr-kind!conv:spec=debug}.
    fn render(parts: &[FStringPart]) -> String {
        parts
            .iter()
            .map(|p| match p {
                FStringPart::Literal(s) => format!("{s:?}"),
                FStringPart::Field {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    let what = match &expr.node {
                        ExprKind::Name(n) => n.clone(),
                        ExprKind::Tuple(items) => format!("tuple{}", items.len()),
                        other => format!("{other:?}").chars().take(8).collect(),
                    };
                    let conv = conversion.map(|c| format!("!{c}")).unwrap_or_default();
                    let dbg = debug_text
                        .as_ref()
                        .map(|d| format!("={d:?}"))
                        .unwrap_or_default();
                    format!("{{{what}{conv}:{}{dbg}}}", render(spec))
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn literal_and_fields() {
        assert_eq!(render(&fstr("a{x}b").unwrap()), r#""a" {x:} "b""#);
        assert_eq!(render(&fstr("{{x}}\\n").unwrap()), r#""{x}\n""#);
        assert_eq!(render(&fstr("{x!r}").unwrap()), "{x!r:}");
        assert_eq!(render(&fstr("{x:>10}").unwrap()), r#"{x:">10"}"#);
        assert_eq!(
            render(&fstr("{x:{w}.{p}f}").unwrap()),
            r#"{x:{w:} "." {p:} "f"}"#
        );
        assert_eq!(render(&fstr("{a, b}").unwrap()), "{tuple2:}");
    }

    #[test]
    fn debug_fields() {
        assert_eq!(render(&fstr("{x=}").unwrap()), r#"{x!r:="x="}"#);
        assert_eq!(render(&fstr("{x = !s}").unwrap()), r#"{x!s:="x = "}"#);
        assert_eq!(render(&fstr("{x=:>5}").unwrap()), r#"{x:">5"="x="}"#);
        assert_eq!(render(&fstr("{x=:}").unwrap()), r#"{x:="x="}"#);
    }

    #[test]
    fn operators_that_look_like_field_ends() {
        assert_eq!(render(&fstr("{a!=b}").unwrap()), "{Compare :}");
        assert_eq!(render(&fstr("{d['}']}").unwrap()), "{Subscrip:}");
        assert_eq!(render(&fstr("{ {1: 2}[1] }").unwrap()), "{Subscrip:}");
    }

    #[test]
    fn field_spans_point_into_the_file() {
        let parts = fstr("ab{xy}").unwrap();
        let FStringPart::Field { expr, .. } = &parts[1] else {
            panic!("expected a field");
        };
        assert_eq!(expr.span, Span::new(5, 7));
    }

    #[test]
    fn errors() {
        let msg = |body: &str| fstr(body).unwrap_err().message;
        assert_eq!(msg("{}"), "f-string: empty expression not allowed");
        assert_eq!(
            msg("{x!z}"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(msg("}"), "f-string: single '}' is not allowed");
        assert_eq!(msg("{"), "f-string: expecting '}'");
        assert_eq!(
            msg("{x:{y:{z}}}"),
            "f-string: expressions nested too deeply"
        );
        assert_eq!(
            msg("{a b}"),
            "f-string: invalid syntax. Perhaps you forgot a comma?"
        );
        assert_eq!(
            msg("{a(}"),
            "f-string: closing parenthesis '}' does not match opening parenthesis '('"
        );
        assert_eq!(msg("{a[1"), "f-string: unmatched '['");
        assert_eq!(
            msg("{'\\n'}"),
            "f-string expression part cannot include a backslash"
        );
    }
}
