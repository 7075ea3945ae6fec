//! String literals: escape decoding and concatenation of adjacent literals.
//!
//! Called from the grammar's string atom with every adjacent literal token
//! (`"a" 'b'`, `"a" f"{b}"`). All plain → `ExprKind::Str`, all bytes →
//! `ExprKind::Bytes`, any f-string → `ExprKind::FString` (plain pieces become literal
//! parts). Errors follow CPython's wording, including its "(unicode error)" messages,
//! and point at the offending escape.

use super::ast::{ExprKind, FStringPart, Span};
use super::fstring;
use super::tokens::{StrKind, StrLit};
use super::SyntaxError;

/// Builds the expression for one or more adjacent string literals.
pub(crate) fn concat(parts: Vec<StrLit>, span: Span) -> Result<ExprKind, SyntaxError> {
    let bytes = parts.iter().filter(|p| p.kind == StrKind::Bytes).count();
    if bytes != 0 && bytes != parts.len() {
        return Err(SyntaxError::syntax(
            "cannot mix bytes and nonbytes literals",
            span,
        ));
    }
    if bytes != 0 {
        let mut out = Vec::new();
        for part in &parts {
            out.extend(decode_bytes(part)?);
        }
        return Ok(ExprKind::Bytes(out));
    }
    if parts.iter().all(|p| p.kind == StrKind::Str) {
        let mut out = String::new();
        for part in &parts {
            out.push_str(&decode(&part.body, part.raw, part.body_start)?);
        }
        return Ok(ExprKind::Str(out));
    }
    let mut pieces = Vec::new();
    for part in &parts {
        if part.kind == StrKind::FStr {
            pieces.extend(fstring::split(part)?);
        } else {
            pieces.push(FStringPart::Literal(decode(
                &part.body,
                part.raw,
                part.body_start,
            )?));
        }
    }
    Ok(ExprKind::FString(merge_literals(pieces)))
}

/// Joins neighbouring literal parts and drops empty ones.
pub(crate) fn merge_literals(parts: Vec<FStringPart>) -> Vec<FStringPart> {
    let mut out: Vec<FStringPart> = Vec::with_capacity(parts.len());
    for part in parts {
        match (out.last_mut(), part) {
            (_, FStringPart::Literal(text)) if text.is_empty() => {}
            (Some(FStringPart::Literal(prev)), FStringPart::Literal(text)) => prev.push_str(&text),
            (_, part) => out.push(part),
        }
    }
    out
}

/// A "(unicode error)" as CPython reports a bad escape in a str literal.
fn unicode_error(body_start: usize, from: usize, to: usize, what: &str) -> SyntaxError {
    let message = format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
        from,
        to.saturating_sub(1)
    );
    SyntaxError::syntax(message, Span::new(body_start + from, body_start + to))
}

/// Reads exactly `count` hex digits at `at`, or `None`.
fn hex_digits(text: &str, at: usize, count: usize) -> Option<u32> {
    let digits = text.get(at..at + count)?;
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// Reads up to three octal digits at `at`: their value and how many there were.
fn octal_digits(text: &str, at: usize) -> (u32, usize) {
    let digits: Vec<u32> = text.as_bytes()[at..]
        .iter()
        .take(3)
        .take_while(|b| (b'0'..=b'7').contains(b))
        .map(|b| u32::from(b - b'0'))
        .collect();
    (digits.iter().fold(0, |acc, d| acc * 8 + d), digits.len())
}

/// Decodes the escapes of a str (or f-string literal) body that starts at byte
/// `body_start` of the file. Raw bodies are returned unchanged.
pub(crate) fn decode(body: &str, raw: bool, body_start: usize) -> Result<String, SyntaxError> {
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((j, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let after = j + e.len_utf8();
        let simple = match e {
            '\n' => Some(None),
            '\r' => {
                chars.next_if(|&(_, c)| c == '\n');
                Some(None)
            }
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0C')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\x0B')),
            _ => None,
        };
        if let Some(decoded) = simple {
            out.extend(decoded);
            continue;
        }
        let (code, len) = match e {
            '0'..='7' => {
                let (value, len) = octal_digits(body, j);
                (value, len - 1)
            }
            'x' | 'u' | 'U' => {
                let (count, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let Some(value) = hex_digits(body, after, count) else {
                    let end = body[after..]
                        .bytes()
                        .take(count)
                        .take_while(u8::is_ascii_hexdigit)
                        .count();
                    return Err(unicode_error(body_start, i, after + end, name));
                };
                (value, count)
            }
            'N' => {
                let end = body[after..]
                    .find('}')
                    .map_or(body.len(), |k| after + k + 1);
                return Err(unicode_error(
                    body_start,
                    i,
                    end,
                    "unknown Unicode character name (genpy does not support \\N{...} escapes)",
                ));
            }
            _ => {
                // Unknown escapes are kept as written (CPython only warns).
                out.push('\\');
                out.push(e);
                continue;
            }
        };
        for _ in 0..len {
            chars.next();
        }
        let end = after + len;
        let Some(decoded) = char::from_u32(code) else {
            return Err(unicode_error(
                body_start,
                i,
                end,
                "illegal Unicode character",
            ));
        };
        out.push(decoded);
    }
    Ok(out)
}

/// Decodes a bytes literal body; only ASCII characters may appear in the source.
fn decode_bytes(lit: &StrLit) -> Result<Vec<u8>, SyntaxError> {
    let body = lit.body.as_bytes();
    if !lit.body.is_ascii() {
        let span = Span::new(lit.body_start, lit.body_start + body.len());
        return Err(SyntaxError::syntax(
            "bytes can only contain ASCII literal characters",
            span,
        ));
    }
    if lit.raw {
        return Ok(body.to_vec());
    }
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] != b'\\' || i + 1 == body.len() {
            out.push(body[i]);
            i += 1;
            continue;
        }
        let e = body[i + 1];
        i += 2;
        let decoded = match e {
            b'\n' => None,
            b'\r' => {
                if body.get(i) == Some(&b'\n') {
                    i += 1;
                }
                None
            }
            b'\\' | b'\'' | b'"' => Some(e),
            b'a' => Some(0x07),
            b'b' => Some(0x08),
            b'f' => Some(0x0C),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(0x0B),
            b'0'..=b'7' => {
                let (value, len) = octal_digits(&lit.body, i - 1);
                i += len - 1;
                // CPython 3.11 keeps the low byte of an out-of-range octal escape.
                Some((value & 0xFF) as u8)
            }
            b'x' => {
                let Some(value) = hex_digits(&lit.body, i, 2) else {
                    let message = format!("(value error) invalid \\x escape at position {}", i - 2);
                    let span = Span::new(lit.body_start + i - 2, lit.body_start + i);
                    return Err(SyntaxError::syntax(message, span));
                };
                i += 2;
                Some(value as u8)
            }
            _ => {
                out.push(b'\\');
                Some(e)
            }
        };
        out.extend(decoded);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(kind: StrKind, raw: bool, body: &str) -> StrLit {
        StrLit {
            kind,
            raw,
            body: body.to_string(),
            body_start: 10,
        }
    }

    #[test]
    fn escapes() {
        let decoded = decode(
            r"a\n\t\\\'\x41\u00e9\U0001F600\101\0\q\
b",
            false,
            0,
        );
        assert_eq!(decoded.unwrap(), "a\n\t\\'A\u{e9}\u{1F600}A\0\\qb");
        assert_eq!(decode(r"\777", false, 0).unwrap(), "\u{1FF}");
        assert_eq!(decode(r"a\nb", true, 0).unwrap(), r"a\nb");
    }

    #[test]
    fn bad_escapes_point_at_the_escape() {
        let err = decode(r"ab\x4", false, 10).unwrap_err();
        assert_eq!(
            err.message,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: \
             truncated \\xXX escape"
        );
        assert_eq!(err.span, Span::new(12, 15));
        assert!(decode(r"\N{DASH}", false, 0).is_err());
        assert!(decode(r"\U00110000", false, 0).is_err());
    }

    #[test]
    fn bytes_literals() {
        let b = decode_bytes(&lit(StrKind::Bytes, false, r"a\x00\777\n\q")).unwrap();
        assert_eq!(b, b"a\x00\xff\n\\q");
        assert_eq!(
            decode_bytes(&lit(StrKind::Bytes, true, r"\n")).unwrap(),
            b"\\n"
        );
        let err = decode_bytes(&lit(StrKind::Bytes, false, "é")).unwrap_err();
        assert_eq!(
            err.message,
            "bytes can only contain ASCII literal characters"
        );
    }

    #[test]
    fn concatenation() {
        let span = Span::new(0, 1);
        let s = concat(
            vec![
                lit(StrKind::Str, false, "a"),
                lit(StrKind::Str, true, r"\b"),
            ],
            span,
        );
        assert_eq!(s.unwrap(), ExprKind::Str(r"a\b".into()));
        let b = concat(
            vec![
                lit(StrKind::Bytes, false, "a"),
                lit(StrKind::Bytes, false, "b"),
            ],
            span,
        );
        assert_eq!(b.unwrap(), ExprKind::Bytes(b"ab".to_vec()));
        let mixed = concat(
            vec![
                lit(StrKind::Bytes, false, "a"),
                lit(StrKind::Str, false, "b"),
            ],
            span,
        );
        assert_eq!(
            mixed.unwrap_err().message,
            "cannot mix bytes and nonbytes literals"
        );
        let f = concat(
            vec![
                lit(StrKind::Str, false, "a"),
                lit(StrKind::FStr, false, "b{{"),
            ],
            span,
        );
        assert_eq!(
            f.unwrap(),
            ExprKind::FString(vec![FStringPart::Literal("ab{".into())])
        );
    }
}
