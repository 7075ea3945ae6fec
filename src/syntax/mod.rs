//! The syntax front end: source text → [`ast::Module`], or a [`SyntaxError`]. The layer
//! above `source` and below everything else (docs/architecture.md).
//!
//! Pipeline inside this folder:
//! `tokens.rs` (logos lexer) → `layout.rs` (NEWLINE/INDENT/DEDENT, soft keywords) →
//! the lalrpop parser generated from `grammar/python.lalrpop` (whose actions call
//! `nodes.rs` to build and check nodes, `strings.rs` to decode literals and
//! `fstring.rs` to split f-strings) → `ast.rs`. The entry points are [`parse`] (a
//! module) and [`parse_expression`] (an `eval()` input).
//!
//! # Spans
//! Every node has a byte span into the source (`ast::Span`, half-open):
//! - an expression's span covers its whole text, except that a parenthesised
//!   expression `(e)` keeps the span of `e` (as CPython's AST does); tuples, generator
//!   expressions and displays in brackets include their brackets;
//! - a simple statement's span covers the statement (without `;` or the newline);
//! - a compound statement's span covers its header, from its first keyword through the
//!   `:` of the header line (`if x:`, `def f(a) -> int:`, `class C(B):`); an `elif`
//!   becomes a nested `If` whose span is its `elif ... :` header. A decorated `def` or
//!   `class` starts at the `def`/`class` keyword; each decorator has its own span.
//!   `async` statements start at `async`; a `match` statement is an
//!   `if`/`elif` chain (see `patterns.rs`) whose nodes span the statement or its subject;
//! - `ExceptHandler.span` covers `except ...:`; `Param.span` covers the parameter from
//!   its name (or `*`/`**`) through its annotation and default; `Alias.span` covers
//!   `name [as asname]`.
//!
//! # What is not supported
//! `\N{...}` escapes are syntax errors; `**` in a class's base list
//! is a syntax error because `ast::Keyword` requires a name.
//!
//! For `f"{x=}"` with neither a conversion nor a format spec the parser fills in
//! `conversion: Some('r')`, as CPython does, so the compiler needs no special case.

pub mod ast;
mod fstring;
pub mod layout;
mod limits;
mod messages;
mod nodes;
#[cfg(test)]
mod parse_tests;
mod patterns;
mod strings;
pub mod tokens;

use std::fmt;

use lalrpop_util::{lalrpop_mod, ParseError};

use self::ast::Span;
use self::layout::Layout;

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
    python,
    "/python.rs"
);

/// Parses a whole module (a file, a `-c` string or a REPL entry).
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    python::ModuleParser::new()
        .parse(Layout::new(source))
        .map_err(|e| messages::parser_error(e, source))
        .and_then(|body| limits::check_depth(ast::Module { body }))
}

/// Parses an `eval()` input: one expression (a bare tuple allowed), optionally
/// followed by blank lines. Empty input is "invalid syntax", as in CPython, not an
/// incomplete one.
pub fn parse_expression(source: &str) -> Result<ast::Expr, SyntaxError> {
    python::EvalParser::new()
        .parse(Layout::new(source))
        .map_err(|e| match e {
            ParseError::UnrecognizedEof { location, .. } => {
                SyntaxError::syntax("invalid syntax", Span::new(location, location))
            }
            e => messages::parser_error(e, source),
        })
        .and_then(limits::check_expr_depth)
}

/// Parses the text of an f-string replacement field, which starts at byte `offset`
/// of the file, as if it were in parentheses (CPython 3.11 does the same).
pub(crate) fn parse_fstring_field(text: &str, offset: usize) -> Result<ast::Expr, SyntaxError> {
    python::FieldExprParser::new()
        .parse(Layout::expression(text, offset))
        .map_err(|e| messages::field_error(e, text, offset))
}

/// The three exception types a syntax error can be raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a subclass of SyntaxError).
    IndentationError,
    /// `TabError` (a subclass of IndentationError).
    TabError,
}

impl SyntaxErrorKind {
    /// The Python exception class name.
    pub fn name(&self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with CPython's message and the span it points at.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// Which exception class to raise.
    pub kind: SyntaxErrorKind,
    /// The message, e.g. "invalid syntax" or "expected ':'".
    pub message: String,
    /// The offending source range.
    pub span: Span,
    /// True when the input only ended too early (unclosed bracket, unterminated
    /// triple-quoted string, a block header with no body yet, a trailing backslash):
    /// the REPL then asks for more lines instead of reporting the error.
    pub incomplete: bool,
}

impl SyntaxError {
    /// A complete-input error.
    pub fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            message: message.into(),
            span,
            incomplete: false,
        }
    }

    /// A plain `SyntaxError`.
    pub(crate) fn syntax(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, message, span)
    }

    /// The same error, marked as caused by input ending too early.
    pub fn incomplete(self) -> SyntaxError {
        SyntaxError {
            incomplete: true,
            ..self
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// 1-based line number of byte `pos` in `source` (`\r\n`, `\r` and `\n` end lines).
pub(crate) fn line_of(source: &str, pos: usize) -> usize {
    let before = &source.as_bytes()[..pos.min(source.len())];
    let breaks = before
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && before.get(i + 1) != Some(&b'\n')))
        .count();
    breaks + 1
}
