//! Syntax highlighting of the line being typed: keywords, `True`/`False`/`None` and
//! numbers, strings (an unclosed one runs to the end of the line), comments, and a
//! closing bracket that matches no opening one. A scanner of its own rather than the
//! lexer, because a half-typed line is rarely a valid token stream.

use crate::diag::colour::{COMMENT, CONSTANT, KEYWORD, MISMATCH, RESET, STRING};

/// The keywords coloured as such (`True`, `False` and `None` are constants).
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "match", "case", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield",
];

/// `line` with ANSI colours.
pub fn highlight(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut open: Vec<char> = Vec::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let (len, colour) = if c == '#' {
            (rest.find('\n').unwrap_or(rest.len()), Some(COMMENT))
        } else if let Some(len) = string_len(rest) {
            (len, Some(STRING))
        } else if c.is_ascii_digit()
            || c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit())
        {
            (number_len(rest), Some(CONSTANT))
        } else if c.is_alphabetic() || c == '_' {
            let len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            let colour = if matches!(word, "True" | "False" | "None") {
                Some(CONSTANT)
            } else if KEYWORDS.contains(&word) {
                Some(KEYWORD)
            } else {
                None
            };
            (len, colour)
        } else if matches!(c, '(' | '[' | '{') {
            open.push(c);
            (1, None)
        } else if let Some(opener) = opener_of(c) {
            let matched = open.last() == Some(&opener);
            if matched {
                open.pop();
            }
            (1, (!matched).then_some(MISMATCH))
        } else {
            (c.len_utf8(), None)
        };
        let (token, after) = rest.split_at(len);
        match colour {
            Some(colour) => {
                out.push_str(colour);
                out.push_str(token);
                out.push_str(RESET);
            }
            None => out.push_str(token),
        }
        rest = after;
    }
    out
}

/// The opening bracket a closing one closes.
fn opener_of(c: char) -> Option<char> {
    match c {
        ')' => Some('('),
        ']' => Some('['),
        '}' => Some('{'),
        _ => None,
    }
}

/// The length of the number at the start of `s` (digits, letters for the base, the
/// exponent and `j`, `_` and the `.` of a float).
fn number_len(s: &str) -> usize {
    s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(s.len())
}

/// The length of the string literal at the start of `s` (with its prefix, up to
/// its closing quote or the end of the text), or None when none starts there.
fn string_len(s: &str) -> Option<usize> {
    let prefix = s
        .find(|c: char| !matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'f' | 'u'))
        .unwrap_or(s.len());
    if prefix > 2 {
        return None;
    }
    let raw = s[..prefix].to_ascii_lowercase().contains('r');
    let body = &s[prefix..];
    let quote = body.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let triple: String = std::iter::repeat_n(quote, 3).collect();
    let (delim, mut i) = if body.starts_with(&triple) {
        (triple.as_str(), 3)
    } else {
        (&body[..1], 1)
    };
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with(delim) {
            return Some(prefix + i + delim.len());
        }
        if delim.len() == 1 && rest.starts_with('\n') {
            return Some(prefix + i);
        }
        let c = rest.chars().next().unwrap_or(' ');
        i += if c == '\\' && !raw && rest.len() > 1 {
            1 + rest[1..].chars().next().map_or(0, char::len_utf8)
        } else {
            c.len_utf8()
        };
    }
    Some(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// checks each kind of token's colour and that a stray bracket is marked.
    #[test]
    fn tokens_get_their_colours() {
        let h = highlight("def f(x): return 'a)' + 1.5  # (");
        assert!(h.starts_with(&format!("{KEYWORD}def{RESET} f(x)")));
        assert!(h.contains(&format!("{STRING}'a)'{RESET}")));
        assert!(h.contains(&format!("{CONSTANT}1.5{RESET}")));
        assert!(h.contains(&format!("{COMMENT}# ({RESET}")));
        assert!(highlight("[1)").contains(&format!("{MISMATCH}){RESET}")));
        assert_eq!(highlight("iffy(a)"), "iffy(a)");
        assert!(highlight("x = f'abc").ends_with(&format!("{STRING}f'abc{RESET}")));
        assert!(highlight(r#"s = "a\"b" + c"#).contains(&format!("{STRING}\"a\\\"b\"{RESET} + c")));
    }
}
