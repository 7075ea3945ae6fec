//! Tokens: the first stage of the pipeline (source text → tokens).
//!
//! [`Tok`] is a logos lexer. It knows nothing about indentation: it produces a
//! `Newline` for every physical line break and skips spaces, comments and
//! backslash-newline joins. The layout pass (`layout.rs`) turns that stream into
//! logical lines with NEWLINE/INDENT/DEDENT and also produces the few tokens logos
//! never emits (`Indent`, `Dedent`, the soft keywords `Match`/`Case`, `WithLPar`).
//!
//! String literals are only delimited here ([`StrLit`] keeps the raw text between
//! the quotes); escapes are decoded and f-strings split by `strings.rs` and
//! `fstring.rs`, which the grammar calls, so that their errors carry spans too.
//! Numbers are converted here; CPython's "invalid decimal literal" family of errors
//! (a number running straight into a name, as in `1abc`) is detected by looking at
//! the character after the number.

use logos::{Lexer, Logos};
use num_bigint::BigInt;

/// What the lexer reports for text it cannot turn into a token. The layout pass
/// turns these into `SyntaxError`s with CPython's wording.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    /// A character no token starts with (`$`, `?`, a stray `\`, a non-ASCII symbol).
    #[default]
    InvalidCharacter,
    /// A string literal without its closing quote; `end` is where the lexer gave up
    /// (end of line for single-quoted strings, end of input for triple-quoted ones).
    UnterminatedString {
        /// Whether the literal used triple quotes.
        triple: bool,
        /// Byte offset where the missing quote was detected.
        end: usize,
    },
    /// A malformed number, with CPython's message (e.g. "invalid decimal literal").
    BadNumber(&'static str),
    /// A decimal digit in a binary or octal literal (`0b12`, `0o8`): CPython names it.
    BadDigit {
        /// The digit.
        digit: char,
        /// "binary" or "octal".
        base: &'static str,
    },
}

/// What kind of value a string literal denotes, from its prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrKind {
    /// A plain (or `u`) string.
    Str,
    /// A `b` literal.
    Bytes,
    /// An `f` string.
    FStr,
}

/// A string literal as written: prefix flags plus the undecoded text between the quotes.
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    /// Plain, bytes or f-string.
    pub kind: StrKind,
    /// Whether an `r` prefix turns escapes off.
    pub raw: bool,
    /// The source text between the opening and closing quotes, escapes undecoded.
    pub body: String,
    /// Byte offset of `body` in the source, so decoded parts can point back into it.
    pub body_start: usize,
}

/// One token. Keywords are reserved words; `match`, `case` and `_` are plain names
/// here (the layout pass recognises the `match` statement).
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\(\r\n|\r|\n)")]
pub enum Tok {
    /// A physical line break (the layout pass decides which ones are NEWLINE tokens).
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// Indentation increased (emitted by the layout pass only).
    Indent,
    /// Indentation decreased by one level (emitted by the layout pass only).
    Dedent,
    /// The soft keyword `match` at the start of a `match` statement (layout pass only).
    Match,
    /// The soft keyword `case` at the start of a `case` block (layout pass only).
    Case,
    /// The `(` of a parenthesised list of with-items, `with (a as b, c):` (layout pass only).
    WithLPar,

    /// An identifier.
    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*", |lex| lex.slice().to_string())]
    Name(String),
    /// An integer literal in any base.
    #[regex(r"[0-9](_?[0-9])*", decimal_int)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| radix_int(lex, 16))]
    #[regex(r"0[oO](_?[0-7])+", |lex| radix_int(lex, 8))]
    #[regex(r"0[bB](_?[01])+", |lex| radix_int(lex, 2))]
    Int(BigInt),
    /// A float literal.
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?",
        float
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", float)]
    Float(f64),
    /// An imaginary literal such as `2j` (its imaginary part).
    #[regex(r"[0-9](_?[0-9])*[jJ]", imaginary)]
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]",
        imaginary
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]", imaginary)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]", imaginary)]
    Imaginary(f64),
    /// A string, bytes or f-string literal.
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#, string)]
    Str(StrLit),

    /// `False`
    #[token("False")]
    False,
    /// `None`
    #[token("None")]
    None,
    /// `True`
    #[token("True")]
    True,
    /// `and`
    #[token("and")]
    And,
    /// `as`
    #[token("as")]
    As,
    /// `assert`
    #[token("assert")]
    Assert,
    /// `async`
    #[token("async")]
    Async,
    /// `await`
    #[token("await")]
    Await,
    /// `break`
    #[token("break")]
    Break,
    /// `class`
    #[token("class")]
    Class,
    /// `continue`
    #[token("continue")]
    Continue,
    /// `def`
    #[token("def")]
    Def,
    /// `del`
    #[token("del")]
    Del,
    /// `elif`
    #[token("elif")]
    Elif,
    /// `else`
    #[token("else")]
    Else,
    /// `except`
    #[token("except")]
    Except,
    /// `finally`
    #[token("finally")]
    Finally,
    /// `for`
    #[token("for")]
    For,
    /// `from`
    #[token("from")]
    From,
    /// `global`
    #[token("global")]
    Global,
    /// `if`
    #[token("if")]
    If,
    /// `import`
    #[token("import")]
    Import,
    /// `in`
    #[token("in")]
    In,
    /// `is`
    #[token("is")]
    Is,
    /// `lambda`
    #[token("lambda")]
    Lambda,
    /// `nonlocal`
    #[token("nonlocal")]
    Nonlocal,
    /// `not`
    #[token("not")]
    Not,
    /// `or`
    #[token("or")]
    Or,
    /// `pass`
    #[token("pass")]
    Pass,
    /// `raise`
    #[token("raise")]
    Raise,
    /// `return`
    #[token("return")]
    Return,
    /// `try`
    #[token("try")]
    Try,
    /// `while`
    #[token("while")]
    While,
    /// `with`
    #[token("with")]
    With,
    /// `yield`
    #[token("yield")]
    Yield,

    /// `+`
    #[token("+")]
    Plus,
    /// `-`
    #[token("-")]
    Minus,
    /// `*`
    #[token("*")]
    Star,
    /// `**`
    #[token("**")]
    DoubleStar,
    /// `/`
    #[token("/")]
    Slash,
    /// `//`
    #[token("//")]
    DoubleSlash,
    /// `%`
    #[token("%")]
    Percent,
    /// `@`
    #[token("@")]
    At,
    /// `<<`
    #[token("<<")]
    LShift,
    /// `>>`
    #[token(">>")]
    RShift,
    /// `&`
    #[token("&")]
    Amper,
    /// `|`
    #[token("|")]
    VBar,
    /// `^`
    #[token("^")]
    Circumflex,
    /// `~`
    #[token("~")]
    Tilde,
    /// `:=`
    #[token(":=")]
    ColonEqual,
    /// `<`
    #[token("<")]
    Less,
    /// `>`
    #[token(">")]
    Greater,
    /// `<=`
    #[token("<=")]
    LessEqual,
    /// `>=`
    #[token(">=")]
    GreaterEqual,
    /// `==`
    #[token("==")]
    EqEqual,
    /// `!=`
    #[token("!=")]
    NotEqual,
    /// `(`
    #[token("(")]
    LPar,
    /// `)`
    #[token(")")]
    RPar,
    /// `[`
    #[token("[")]
    LSqb,
    /// `]`
    #[token("]")]
    RSqb,
    /// `{`
    #[token("{")]
    LBrace,
    /// `}`
    #[token("}")]
    RBrace,
    /// `,`
    #[token(",")]
    Comma,
    /// `:`
    #[token(":")]
    Colon,
    /// `.`
    #[token(".")]
    Dot,
    /// `...`
    #[token("...")]
    Ellipsis,
    /// `;`
    #[token(";")]
    Semi,
    /// `=`
    #[token("=")]
    Equal,
    /// `->`
    #[token("->")]
    RArrow,
    /// `+=`
    #[token("+=")]
    PlusEqual,
    /// `-=`
    #[token("-=")]
    MinusEqual,
    /// `*=`
    #[token("*=")]
    StarEqual,
    /// `/=`
    #[token("/=")]
    SlashEqual,
    /// `//=`
    #[token("//=")]
    DoubleSlashEqual,
    /// `%=`
    #[token("%=")]
    PercentEqual,
    /// `@=`
    #[token("@=")]
    AtEqual,
    /// `&=`
    #[token("&=")]
    AmperEqual,
    /// `|=`
    #[token("|=")]
    VBarEqual,
    /// `^=`
    #[token("^=")]
    CircumflexEqual,
    /// `>>=`
    #[token(">>=")]
    RShiftEqual,
    /// `<<=`
    #[token("<<=")]
    LShiftEqual,
    /// `**=`
    #[token("**=")]
    DoubleStarEqual,
}

/// Keywords that may directly follow a number (`1if x else y`), which CPython 3.11
/// still accepts with a warning; any other letter right after a number is an error.
const KEYWORDS_AFTER_NUMBER: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

/// Checks that a number is not glued to a following name or digit (`1abc`, `1_`,
/// `0x1g`), which CPython reports as an invalid literal of the number's kind.
fn check_number_end(lex: &Lexer<Tok>, what: &'static str) -> Result<(), LexError> {
    let rest = lex.remainder();
    let Some(next) = rest.chars().next() else {
        return Ok(());
    };
    if !(next == '_' || next.is_alphanumeric()) {
        return Ok(());
    }
    let word: String = rest
        .chars()
        .take_while(|c| *c == '_' || c.is_alphanumeric())
        .collect();
    if KEYWORDS_AFTER_NUMBER.contains(&word.as_str()) {
        return Ok(());
    }
    Err(LexError::BadNumber(what))
}

/// The digits of a literal (prefix already removed) without its `_` separators, or
/// `None` if an `_` is not between two digits or a character is not a digit of
/// `radix` (logos may hand a callback a slice it backtracked from, such as `1_`).
fn digits(text: &str, radix: u32) -> Option<String> {
    let bytes = text.as_bytes();
    let is_digit = |b: Option<&u8>| b.is_some_and(|&b| char::from(b).is_digit(radix));
    let mut out = String::with_capacity(text.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            if !is_digit(i.checked_sub(1).and_then(|j| bytes.get(j))) || !is_digit(bytes.get(i + 1))
            {
                return None;
            }
        } else {
            out.push(char::from(b));
        }
    }
    Some(out)
}

/// The error for a decimal digit that follows the digits of a binary or octal literal
/// whose prefix letter is `prefix` (`0b12`, `0o8`), if `next` is one.
fn bad_digit(prefix: u8, next: Option<char>) -> Option<LexError> {
    let base = match prefix.to_ascii_lowercase() {
        b'o' => "octal",
        b'b' => "binary",
        _ => return None,
    };
    let digit = next.filter(char::is_ascii_digit)?;
    Some(LexError::BadDigit { digit, base })
}

/// CPython's message for a malformed literal with a base prefix letter.
fn base_error(prefix: u8) -> Option<&'static str> {
    match prefix.to_ascii_lowercase() {
        b'x' => Some("invalid hexadecimal literal"),
        b'o' => Some("invalid octal literal"),
        b'b' => Some("invalid binary literal"),
        _ => None,
    }
}

fn decimal_int(lex: &mut Lexer<Tok>) -> Result<BigInt, LexError> {
    let slice = lex.slice();
    if slice.starts_with('0') {
        // `0x`, `0o`, `0b` without digits: CPython names the base in the message.
        let prefix = slice
            .as_bytes()
            .get(1)
            .copied()
            .or_else(|| lex.remainder().bytes().next());
        if let Some(message) = prefix.and_then(base_error) {
            let after_prefix = slice.chars().chain(lex.remainder().chars()).nth(2);
            if let Some(err) = prefix.and_then(|p| bad_digit(p, after_prefix)) {
                return Err(err);
            }
            return Err(LexError::BadNumber(message));
        }
    }
    check_number_end(lex, "invalid decimal literal")?;
    let text = digits(slice, 10).ok_or(LexError::BadNumber("invalid decimal literal"))?;
    if text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b != b'0') {
        return Err(LexError::BadNumber(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
        ));
    }
    BigInt::parse_bytes(text.as_bytes(), 10).ok_or(LexError::BadNumber("invalid decimal literal"))
}

fn radix_int(lex: &mut Lexer<Tok>, radix: u32) -> Result<BigInt, LexError> {
    let slice = lex.slice();
    let what = base_error(slice.as_bytes()[1]).unwrap_or("invalid decimal literal");
    if let Some(err) = bad_digit(slice.as_bytes()[1], lex.remainder().chars().next()) {
        return Err(err);
    }
    check_number_end(lex, what)?;
    let text = slice[2..].strip_prefix('_').unwrap_or(&slice[2..]);
    let text = digits(text, radix).ok_or(LexError::BadNumber(what))?;
    BigInt::parse_bytes(text.as_bytes(), radix).ok_or(LexError::BadNumber(what))
}

/// The value of a float literal's text (`1_0.5e-3`), checking where `_` may appear.
fn float_value(text: &str) -> Option<f64> {
    let mut cleaned = String::with_capacity(text.len());
    for part in text.split_inclusive(['.', 'e', 'E', '+', '-']) {
        let (number, sep) = match part.char_indices().last() {
            Some((i, c)) if ".eE+-".contains(c) => (&part[..i], Some(c)),
            _ => (part, None),
        };
        if !number.is_empty() {
            cleaned.push_str(&digits(number, 10)?);
        }
        cleaned.extend(sep);
    }
    cleaned.parse().ok()
}

fn float(lex: &mut Lexer<Tok>) -> Result<f64, LexError> {
    check_number_end(lex, "invalid decimal literal")?;
    float_value(lex.slice()).ok_or(LexError::BadNumber("invalid decimal literal"))
}

fn imaginary(lex: &mut Lexer<Tok>) -> Result<f64, LexError> {
    check_number_end(lex, "invalid imaginary literal")?;
    let text = lex.slice();
    let number = text.strip_suffix(['j', 'J']).unwrap_or(text);
    float_value(number).ok_or(LexError::BadNumber("invalid imaginary literal"))
}

/// Scans a string literal after its prefix and opening quote (the current slice),
/// handling triple quotes and backslash escapes of quotes and newlines.
fn string(lex: &mut Lexer<Tok>) -> Result<StrLit, LexError> {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
    let kind = if prefix.contains('b') {
        StrKind::Bytes
    } else if prefix.contains('f') {
        StrKind::FStr
    } else {
        StrKind::Str
    };
    let raw = prefix.contains('r');

    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let body_offset = if triple { 2 } else { 0 };
    let body_start = lex.span().end + body_offset;
    let mut i = body_offset;
    loop {
        match rest.get(i) {
            None => {
                lex.bump(rest.len());
                return Err(LexError::UnterminatedString {
                    triple,
                    end: lex.span().end,
                });
            }
            Some(b'\\') => {
                // The escaped character never ends the literal; `\r\n` counts as one.
                i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
            }
            Some(b'\n' | b'\r') if !triple => {
                let end = lex.span().end + i;
                lex.bump(i);
                return Err(LexError::UnterminatedString { triple, end });
            }
            Some(&c) if c == quote => {
                if !triple {
                    let body = lex.remainder()[..i].to_string();
                    lex.bump(i + 1);
                    return Ok(StrLit {
                        kind,
                        raw,
                        body,
                        body_start,
                    });
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    let body = lex.remainder()[body_offset..i].to_string();
                    lex.bump(i + 3);
                    return Ok(StrLit {
                        kind,
                        raw,
                        body,
                        body_start,
                    });
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(src: &str) -> Vec<Result<Tok, LexError>> {
        Tok::lexer(src).collect()
    }

    fn int(n: i64) -> Result<Tok, LexError> {
        Ok(Tok::Int(BigInt::from(n)))
    }

    #[test]
    fn numbers_in_every_base() {
        assert_eq!(
            lex("0 10 1_000 0x_fF 0o17 0b101 007 0_0"),
            vec![
                int(0),
                int(10),
                int(1000),
                int(255),
                int(15),
                int(5),
                Err(LexError::BadNumber(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers"
                )),
                int(0)
            ]
        );
        let big = "123456789012345678901234567890";
        assert_eq!(lex(big), vec![Ok(Tok::Int(big.parse::<BigInt>().unwrap()))]);
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(
            lex("1. .5 1e10 1_000.5e-3 2j 1.5J"),
            vec![
                Ok(Tok::Float(1.0)),
                Ok(Tok::Float(0.5)),
                Ok(Tok::Float(1e10)),
                Ok(Tok::Float(1.0005)),
                Ok(Tok::Imaginary(2.0)),
                Ok(Tok::Imaginary(1.5)),
            ]
        );
    }

    #[test]
    fn numbers_glued_to_names_are_errors() {
        let bad = |src: &str| lex(src).into_iter().find_map(Result::err);
        assert_eq!(
            bad("1abc"),
            Some(LexError::BadNumber("invalid decimal literal"))
        );
        assert_eq!(
            bad("1__0"),
            Some(LexError::BadNumber("invalid decimal literal"))
        );
        assert_eq!(
            bad("0x"),
            Some(LexError::BadNumber("invalid hexadecimal literal"))
        );
        assert_eq!(
            bad("0x1g"),
            Some(LexError::BadNumber("invalid hexadecimal literal"))
        );
        assert_eq!(
            bad("1jx"),
            Some(LexError::BadNumber("invalid imaginary literal"))
        );
        assert_eq!(
            bad("0o"),
            Some(LexError::BadNumber("invalid octal literal"))
        );
        assert_eq!(
            bad("0b2"),
            Some(LexError::BadDigit {
                digit: '2',
                base: "binary"
            })
        );
        assert_eq!(
            bad("0o17_9"),
            Some(LexError::BadDigit {
                digit: '9',
                base: "octal"
            })
        );
        assert_eq!(
            bad("0o179"),
            Some(LexError::BadDigit {
                digit: '9',
                base: "octal"
            })
        );
        assert_eq!(
            bad("1_"),
            Some(LexError::BadNumber("invalid decimal literal"))
        );
        assert_eq!(
            bad("1.5_"),
            Some(LexError::BadNumber("invalid decimal literal"))
        );
        assert_eq!(
            bad("1e"),
            Some(LexError::BadNumber("invalid decimal literal"))
        );
        assert_eq!(bad("1if x else 2"), None);
    }

    #[test]
    fn keywords_names_and_operators() {
        assert_eq!(
            lex("if iffy match _ é := -> **= //= >>= <<= @= ..."),
            vec![
                Ok(Tok::If),
                Ok(Tok::Name("iffy".into())),
                Ok(Tok::Name("match".into())),
                Ok(Tok::Name("_".into())),
                Ok(Tok::Name("é".into())),
                Ok(Tok::ColonEqual),
                Ok(Tok::RArrow),
                Ok(Tok::DoubleStarEqual),
                Ok(Tok::DoubleSlashEqual),
                Ok(Tok::RShiftEqual),
                Ok(Tok::LShiftEqual),
                Ok(Tok::AtEqual),
                Ok(Tok::Ellipsis),
            ]
        );
    }

    #[test]
    fn comments_and_continuations_are_skipped() {
        assert_eq!(
            lex("a # note\nb \\\n c"),
            vec![
                Ok(Tok::Name("a".into())),
                Ok(Tok::Newline),
                Ok(Tok::Name("b".into())),
                Ok(Tok::Name("c".into())),
            ]
        );
    }

    #[test]
    fn string_prefixes_and_quotes() {
        let toks = lex(r#"rb'\'x' F"a" '''q'' "''' u"""""" "a\"b""#);
        let lits: Vec<(StrKind, bool, String)> = toks
            .into_iter()
            .map(|t| match t {
                Ok(Tok::Str(s)) => (s.kind, s.raw, s.body),
                other => panic!("not a string: {other:?}"),
            })
            .collect();
        assert_eq!(
            lits,
            vec![
                (StrKind::Bytes, true, r"\'x".to_string()),
                (StrKind::FStr, false, "a".to_string()),
                (StrKind::Str, false, "q'' \"".to_string()),
                (StrKind::Str, false, String::new()),
                (StrKind::Str, false, r#"a\"b"#.to_string()),
            ]
        );
    }

    #[test]
    fn string_body_start_points_into_source() {
        let src = "x = f'''ab'''";
        let Some(Ok(Tok::Str(lit))) = Tok::lexer(src).nth(2) else {
            panic!("expected a string");
        };
        assert_eq!(&src[lit.body_start..lit.body_start + 2], "ab");
    }

    #[test]
    fn unterminated_strings() {
        assert_eq!(
            lex("'abc\nx"),
            vec![
                Err(LexError::UnterminatedString {
                    triple: false,
                    end: 4
                }),
                Ok(Tok::Newline),
                Ok(Tok::Name("x".into())),
            ]
        );
        assert_eq!(
            lex("'''abc\n"),
            vec![Err(LexError::UnterminatedString {
                triple: true,
                end: 7
            })]
        );
    }
}
