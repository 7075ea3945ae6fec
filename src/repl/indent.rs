//! Auto-indent for the REPL's continuation lines: after a line ending in `:` the next
//! line starts one level deeper; after `return`, `pass`, `break`, `continue` or
//! `raise` one level shallower; otherwise at the same depth (as Python 3.13's REPL).

use super::complete::INDENT;

/// The statements after which a block usually ends.
const BLOCK_ENDERS: &[&str] = &["return", "pass", "break", "continue", "raise"];

/// The indentation to put at the start of the line after `buffer` (the lines typed
/// so far, each ending in a newline).
pub fn next_indent(buffer: &str) -> String {
    let Some(last) = buffer.lines().rev().find(|l| !l.trim().is_empty()) else {
        return String::new();
    };
    let depth = last.len() - last.trim_start().len();
    let indent = &last[..depth];
    let code = last.split('#').next().unwrap_or("").trim_end();
    let first_word = code
        .trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    if code.ends_with(':') {
        format!("{indent}{INDENT}")
    } else if BLOCK_ENDERS.contains(&first_word) {
        indent[..depth.saturating_sub(INDENT.len())].to_string()
    } else {
        indent.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// checks that a block opener indents, a plain line keeps its depth, and a block
    /// ender dedents.
    #[test]
    fn indent_follows_the_block_structure() {
        assert_eq!(next_indent("def f(n):\n"), "    ");
        assert_eq!(next_indent("def f(n):\n    while n:  # loop\n"), "        ");
        assert_eq!(next_indent("def f(n):\n    x = 1\n"), "    ");
        assert_eq!(
            next_indent("def f(n):\n    if n:\n        return n\n"),
            "    "
        );
        assert_eq!(next_indent("while True:\n    pass\n"), "");
        assert_eq!(next_indent("x = {'a': 1}\n"), "");
        assert_eq!(next_indent(""), "");
    }
}
