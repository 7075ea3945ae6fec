//! Where a pasted line (or one typed after a pasted blank line) starts a new
//! statement: pasted source runs as a file would, so a line at the left margin
//! after a complete block ends that block, blank lines or not, while blank lines
//! inside a block keep it open ([`super::typeahead`] tells pasted lines).

/// The words that go on a compound statement at its own indentation.
const CONTINUES_BLOCK: &[&str] = &["else", "elif", "except", "finally", "case"];

/// True when `line` begins a statement of its own after the input in `buffer`: it
/// is not indented, does not continue a compound statement (`else:`, ...), and the
/// buffer is complete as it stands.
pub fn starts_new_statement(buffer: &str, line: &str) -> bool {
    if buffer.trim().is_empty() || line.starts_with([' ', '\t']) {
        return false;
    }
    let first_word = line
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    !CONTINUES_BLOCK.contains(&first_word) && crate::syntax::parse(buffer).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// checks that a margin line after a complete block starts a statement, while an
    /// indented line, an `else:` and a line inside open brackets do not.
    #[test]
    fn a_margin_line_after_a_complete_block_starts_a_statement() {
        let def = "def f():\n    return 1\n";
        assert!(starts_new_statement(def, "print(f())"));
        assert!(!starts_new_statement(def, "    x = 2"));
        assert!(!starts_new_statement("if x:\n    a = 1\n", "else:"));
        assert!(!starts_new_statement("x = [\n", "1,"));
        assert!(!starts_new_statement("", "x = 1"));
    }
}
