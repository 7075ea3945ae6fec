//! Syntax highlighting of the line being typed: keywords, `True`/`False`/`None` and
//! numbers, strings (an unclosed one runs to the end of the line), comments, and a
//! closing bracket that matches no opening one. A scanner of its own rather than the
//! lexer, because a half-typed line is rarely a valid token stream. A continuation
//! line starts where the lines before it left off ([`Carry`]): inside a
//! triple-quoted string that is still open, or with brackets still open.

use crate::diag::colour::{COMMENT, CONSTANT, KEYWORD, MISMATCH, RESET, STRING};

/// The keywords coloured as such (`True`, `False` and `None` are constants).
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "match", "case", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield",
];

/// What the lines typed before a continuation line leave open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Carry {
    /// The brackets still open, innermost last.
    open: Vec<char>,
    /// The closing quotes of a triple-quoted string still open, and whether it is
    /// raw.
    string: Option<(&'static str, bool)>,
}

/// What `text` (the lines typed so far) leaves open for the next line.
pub fn carry_after(text: &str) -> Carry {
    scan(text, Carry::default()).1
}

/// `line` with ANSI colours, the lines before it having left `carry` open.
pub fn highlight(line: &str, carry: &Carry) -> String {
    scan(line, carry.clone()).0
}

/// `text` with ANSI colours, starting with `carry` open, and what it leaves open.
fn scan(text: &str, mut carry: Carry) -> (String, Carry) {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    if let Some((delim, raw)) = carry.string {
        let len = match string_end(rest, 0, delim, raw) {
            Some(end) => {
                carry.string = None;
                end
            }
            None => rest.len(),
        };
        paint(&mut out, &rest[..len], Some(STRING));
        rest = &rest[len..];
    }
    while let Some(c) = rest.chars().next() {
        let (len, colour) = if c == '#' {
            (rest.find('\n').unwrap_or(rest.len()), Some(COMMENT))
        } else if let Some((len, unclosed)) = string_len(rest) {
            carry.string = unclosed;
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
            carry.open.push(c);
            (1, None)
        } else if let Some(opener) = opener_of(c) {
            let matched = carry.open.last() == Some(&opener);
            if matched {
                carry.open.pop();
            }
            (1, (!matched).then_some(MISMATCH))
        } else {
            (c.len_utf8(), None)
        };
        let (token, after) = rest.split_at(len);
        paint(&mut out, token, colour);
        rest = after;
    }
    (out, carry)
}

/// Appends `token` to `out`, in `colour` when it has one.
fn paint(out: &mut String, token: &str, colour: Option<&str>) {
    match colour {
        Some(colour) if !token.is_empty() => {
            out.push_str(colour);
            out.push_str(token);
            out.push_str(RESET);
        }
        _ => out.push_str(token),
    }
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
/// its closing quote or the end of the text), and for a triple-quoted one the text
/// does not close, its closing quotes and rawness; None when no string starts there.
fn string_len(s: &str) -> Option<(usize, Option<(&'static str, bool)>)> {
    let prefix = s
        .find(|c: char| !matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'f' | 'u'))
        .unwrap_or(s.len());
    if prefix > 2 {
        return None;
    }
    let raw = s[..prefix].to_ascii_lowercase().contains('r');
    let body = &s[prefix..];
    let delim = ["\"\"\"", "'''", "\"", "'"]
        .into_iter()
        .find(|d| body.starts_with(d))?;
    match string_end(body, delim.len(), delim, raw) {
        Some(end) => Some((prefix + end, None)),
        None if delim.len() == 3 => Some((s.len(), Some((delim, raw)))),
        None => Some((s.len(), None)),
    }
}

/// Where the string whose body starts at `body[i..]` ends: after its closing
/// `delim`, or (a one-quote string) at the end of its line; None when `body` ends
/// first.
fn string_end(body: &str, mut i: usize, delim: &str, raw: bool) -> Option<usize> {
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with(delim) {
            return Some(i + delim.len());
        }
        if delim.len() == 1 && rest.starts_with('\n') {
            return Some(i);
        }
        let c = rest.chars().next().unwrap_or(' ');
        i += if c == '\\' && !raw && rest.len() > 1 {
            1 + rest[1..].chars().next().map_or(0, char::len_utf8)
        } else {
            c.len_utf8()
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// checks each kind of token's colour and that a stray bracket is marked.
    #[test]
    fn tokens_get_their_colours() {
        let highlight = |line| highlight(line, &Carry::default());
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

    /// checks that a line after an open triple-quoted string starts inside it, up to
    /// its closing quotes, and that a bracket opened on an earlier line is matched.
    #[test]
    fn continuation_lines_carry_strings_and_brackets() {
        let carry = carry_after("s = \"\"\"one\n");
        assert_eq!(
            highlight("two\"\"\" + f(1)", &carry),
            format!("{STRING}two\"\"\"{RESET} + f({CONSTANT}1{RESET})")
        );
        assert_eq!(highlight("if x", &carry), format!("{STRING}if x{RESET}"));
        let raw = carry_after("r'''a\\\n");
        assert_eq!(highlight("b\\'''", &raw), format!("{STRING}b\\'''{RESET}"));
        assert_eq!(carry_after("x = '''a''' + '''b\n'''\n"), Carry::default());
        let bracket = carry_after("x = (1,\n");
        assert_eq!(highlight("2)", &bracket), format!("{CONSTANT}2{RESET})"));
        assert!(highlight("2)", &Carry::default()).contains(MISMATCH));
    }
}
