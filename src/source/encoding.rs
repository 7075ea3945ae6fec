//! Decoding a source file's bytes as PEP 263 says: UTF-8 unless a UTF-8 byte-order
//! mark or an encoding declaration (`# -*- coding: latin-1 -*-` on the first or
//! second line) says otherwise, with CPython 3.11's messages when that fails.

use std::borrow::Cow;
use std::fmt;

/// Why a source file's bytes are not a program text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// No declaration, and the bytes are not UTF-8: the first bad byte and its line.
    NonUtf8 {
        /// The first byte that is not valid UTF-8.
        byte: u8,
        /// Its 1-based line.
        line: usize,
    },
    /// The text is not in the declared encoding.
    Problem(String),
    /// The declared encoding is not one Python knows.
    Unknown(String),
    /// A UTF-8 byte-order mark, and a declaration of another encoding.
    BomConflict(String),
    /// An encoding Python knows that genpy does not decode source files in.
    Unsupported(String),
}

impl DecodeError {
    /// The SyntaxError message CPython prints for a script named `file`.
    pub fn message(&self, file: &str) -> String {
        match self {
            DecodeError::Unknown(name) => format!("encoding problem: {name}"),
            DecodeError::NonUtf8 { byte, line } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {file} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            DecodeError::Problem(name) => format!("encoding problem: {name}"),
            DecodeError::BomConflict(name) => format!("encoding problem: {name} with BOM"),
            DecodeError::Unsupported(name) => {
                format!("genpy cannot read source files in the encoding '{name}' (only UTF-8, ASCII and Latin-1)")
            }
        }
    }
}

impl DecodeError {
    /// The SyntaxError message for source given as bytes (an imported module,
    /// `compile(b"...")`), where CPython names an unknown encoding as such.
    pub fn bytes_message(&self, file: &str) -> String {
        match self {
            DecodeError::Unknown(name) => format!("unknown encoding: {name}"),
            _ => self.message(file),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message("<source>"))
    }
}

/// The encodings genpy decodes source in, as Python normalises their names.
enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

/// The program text in `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = declaration(body);
    if let (true, Some(name)) = (bom, &declared) {
        if !matches!(lookup(name), Some(Encoding::Utf8)) {
            return Err(DecodeError::BomConflict(canonical_name(name)));
        }
    }
    let Some(name) = declared else {
        return std::str::from_utf8(body)
            .map(Cow::Borrowed)
            .map_err(|e| non_utf8(body, e.valid_up_to()));
    };
    match lookup(&name) {
        Some(Encoding::Utf8) => std::str::from_utf8(body)
            .map(Cow::Borrowed)
            .map_err(|_| DecodeError::Problem(name)),
        Some(Encoding::Ascii) if body.is_ascii() => {
            Ok(Cow::Borrowed(std::str::from_utf8(body).expect("ASCII")))
        }
        Some(Encoding::Ascii) => Err(DecodeError::Problem(name)),
        Some(Encoding::Latin1) => Ok(Cow::Owned(body.iter().map(|&b| b as char).collect())),
        None if known_elsewhere(&name) => Err(DecodeError::Unsupported(name)),
        None => Err(DecodeError::Unknown(name)),
    }
}

fn non_utf8(body: &[u8], at: usize) -> DecodeError {
    DecodeError::NonUtf8 {
        byte: body[at],
        line: 1 + body[..at].iter().filter(|&&b| b == b'\n').count(),
    }
}

/// The encoding named by a `coding[:=]` comment on the first line, or on the second
/// when the first is blank or a comment.
fn declaration(body: &[u8]) -> Option<String> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie(first) {
        return Some(name);
    }
    let trimmed = first.trim_ascii_start();
    if trimmed.is_empty() || trimmed.starts_with(b"#") {
        return lines.next().and_then(cookie);
    }
    None
}

/// The name in a comment line matching `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn cookie(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    let comment = line[start..].strip_prefix(b"#")?;
    let mut from = 0;
    while let Some(i) = find(&comment[from..], b"coding") {
        let after = &comment[from + i + b"coding".len()..];
        if let Some(rest) = after
            .strip_prefix(b":")
            .or_else(|| after.strip_prefix(b"="))
        {
            let rest = rest.trim_ascii_start();
            let len = rest
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                .count();
            if len > 0 {
                return Some(String::from_utf8_lossy(&rest[..len]).into_owned());
            }
        }
        from += i + 1;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A name as Python's codec lookup normalises it: lower case, `_` and ` ` as `-`.
fn normalised(name: &str) -> String {
    name.to_ascii_lowercase().replace(['_', ' '], "-")
}

fn lookup(name: &str) -> Option<Encoding> {
    match normalised(name).as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
        "ascii" | "us-ascii" | "646" => Some(Encoding::Ascii),
        "latin-1" | "latin1" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "latin" => {
            Some(Encoding::Latin1)
        }
        _ => None,
    }
}

/// Python's name for the encoding in its BOM message (`latin-1` → `iso-8859-1`).
fn canonical_name(name: &str) -> String {
    match lookup(name) {
        Some(Encoding::Latin1) => "iso-8859-1".into(),
        Some(Encoding::Ascii) => "ascii".into(),
        _ => name.into(),
    }
}

/// Encodings CPython decodes source in that genpy does not.
fn known_elsewhere(name: &str) -> bool {
    let n = normalised(name);
    n.starts_with("iso-8859-")
        || n.starts_with("iso8859-")
        || n.starts_with("cp")
        || n.starts_with("windows-")
        || n.starts_with("utf-16")
        || n.starts_with("utf-32")
        || n.starts_with("koi8")
        || n.starts_with("mac-")
        || matches!(
            n.as_str(),
            "euc-jp" | "shift-jis" | "gbk" | "gb2312" | "big5" | "euc-kr"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_without_declaration() {
        assert_eq!(decode("é = 1\n".as_bytes()).unwrap(), "é = 1\n");
        assert_eq!(
            decode(b"x = 1\ns = '\xe9'\n"),
            Err(DecodeError::NonUtf8 {
                byte: 0xe9,
                line: 2
            })
        );
    }

    #[test]
    fn declarations_on_the_first_two_lines() {
        assert_eq!(
            decode(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n").unwrap(),
            "# -*- coding: latin-1 -*-\ns = 'é'\n"
        );
        assert_eq!(
            decode(b"#!/bin/python\n# vim: set fileencoding=latin1 :\n'\xe9'\n")
                .unwrap()
                .chars()
                .last(),
            Some('\n')
        );
        assert!(decode(b"print(1)\n# coding: latin-1\n'\xe9'\n").is_err());
        assert_eq!(
            decode(b"# coding: foo\n"),
            Err(DecodeError::Unknown("foo".into()))
        );
        assert_eq!(
            decode(b"# coding: ascii\n'\xc3\xa9'\n"),
            Err(DecodeError::Problem("ascii".into()))
        );
        assert_eq!(
            decode(b"\xef\xbb\xbf# coding: latin-1\n"),
            Err(DecodeError::BomConflict("iso-8859-1".into()))
        );
        assert!(matches!(
            decode(b"# coding: cp1252\n"),
            Err(DecodeError::Unsupported(_))
        ));
    }
}
