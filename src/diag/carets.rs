//! The indicator line under a traceback's source line, as CPython 3.11 draws it: `^`
//! under the failing expression, and for a binary operation or a subscript `~` under
//! the operands with `^` only under the operator or the `[...]` (the "anchors", found
//! by parsing the expression's text again, as CPython's traceback module does).

use crate::syntax::ast::ExprKind;

/// Where the `^` part of a segment is, as byte offsets into it: `left..right`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchors {
    left: usize,
    right: usize,
}

/// The indicator line for the failing expression at bytes `start..end` of `line` (a
/// source line without its newline, `indent` bytes of indentation stripped when
/// printed), or None when CPython prints none: when the expression is the whole line
/// and has no anchors. `multiline` says the expression goes on past this line (then it
/// has no anchors, as in CPython).
pub fn indicator(
    line: &str,
    indent: usize,
    start: usize,
    end: usize,
    multiline: bool,
) -> Option<String> {
    if end <= start || start < indent {
        return None;
    }
    let segment = line.get(start..end)?;
    let anchors = if multiline { None } else { anchors(segment) };
    let stripped = line.trim();
    if anchors.is_none() && segment.len() >= stripped.len() {
        return None;
    }
    let pad = " ".repeat(line[indent..start].chars().count() + 4);
    let marks: String = segment
        .char_indices()
        .map(|(i, _)| match anchors {
            Some(a) if !(a.left..a.right).contains(&i) => '~',
            _ => '^',
        })
        .collect();
    Some(format!("{pad}{marks}"))
}

/// CPython 3.11's anchors of a one-line segment: the operator of a binary operation
/// (skipping the spaces and closing parentheses before it), or the `[...]` of a
/// subscript.
fn anchors(segment: &str) -> Option<Anchors> {
    let expr = crate::syntax::parse_expression(segment).ok()?;
    let bytes = segment.as_bytes();
    match &expr.node {
        ExprKind::BinOp { left, right, .. } => {
            let (l_end, r_start) = (left.span.end as usize, right.span.start as usize);
            let between = segment.get(l_end..r_start)?;
            let offset = between.len() - between.trim_start().len();
            let mut left_anchor = l_end + offset;
            let mut right_anchor = left_anchor + 1;
            let op = between.as_bytes();
            if offset + 1 < op.len() && !op[offset + 1].is_ascii_whitespace() {
                right_anchor += 1;
            }
            while left_anchor < bytes.len()
                && (bytes[left_anchor].is_ascii_whitespace() || b")#".contains(&bytes[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some(Anchors {
                left: left_anchor,
                right: right_anchor,
            })
        }
        ExprKind::Subscript { value, index } => {
            let mut left = value.span.end as usize;
            let mut right = index.span.end as usize + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some(Anchors { left, right })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::indicator;

    fn marks(line: &str, segment: &str) -> Option<String> {
        let start = line.find(segment).expect("segment in line");
        let indent = line.len() - line.trim_start().len();
        indicator(line, indent, start, start + segment.len(), false)
            .map(|s| s.trim_start_matches(' ').to_string())
    }

    #[test]
    fn anchors_match_cpython() {
        // Each expectation is what CPython 3.11 prints under the line.
        assert_eq!(marks("lst[10]", "lst[10]").as_deref(), Some("~~~^^^^"));
        assert_eq!(
            marks("x = 1 +   \"a\"", "1 +   \"a\"").as_deref(),
            Some("~~^~~~~~~")
        );
        assert_eq!(
            marks("x = lst [ 3 ] + 2", "lst [ 3 ]").as_deref(),
            Some("~~~~^^^^^")
        );
        assert_eq!(
            marks("x = 2 ** \"a\"", "2 ** \"a\"").as_deref(),
            Some("~~^^~~~~")
        );
        assert_eq!(
            marks("x = (d)[\"a\"] * 3", "(d)[\"a\"]").as_deref(),
            Some("~~~^^^^^")
        );
        assert_eq!(marks("x = 4 // 0 + 1", "4 // 0").as_deref(), Some("~~^^~~"));
        assert_eq!(marks("d.x = 1", "d.x").as_deref(), Some("^^^"));
    }

    #[test]
    fn a_whole_line_without_anchors_has_no_indicator() {
        assert_eq!(marks("f()", "f()"), None);
        assert_eq!(marks("    g(1)", "g(1)"), None);
    }
}
