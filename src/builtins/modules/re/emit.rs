//! Writes a parsed pattern ([`Node`]) in the syntax of the `fancy-regex` engine,
//! with Python's meanings made explicit (see `syntax.rs`).

use std::fmt::Write;

use super::nodes::{width, Anchor, Greed, Node, SetItem};

/// A literal character, escaped for the engine unless it is a letter or digit.
fn push_char(c: char, out: &mut String) {
    if c.is_alphanumeric() || (!c.is_ascii() && !c.is_whitespace() && !c.is_control()) {
        out.push(c);
    } else {
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    }
}

/// An ASCII word boundary (`\b` under ASCII) in lookarounds, as the engine's
/// ASCII `\b` cannot be mixed with Unicode text; like CPython's, `\B` never
/// matches in an empty string.
fn ascii_boundary(yes: bool) -> &'static str {
    if yes {
        "(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))"
    } else {
        r"(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_])(?!\A\z))"
    }
}

/// Writes `node` in the engine's syntax.
pub fn emit(node: &Node, out: &mut String) {
    match node {
        Node::Char(c) => push_char(*c, out),
        Node::Any(true) => out.push_str("(?s:.)"),
        Node::Any(false) => out.push('.'),
        Node::Category(c) => out.push_str(&c.class()),
        Node::Set(negate, items) => {
            out.push('[');
            if *negate {
                out.push('^');
            }
            for item in items {
                match item {
                    SetItem::Char(c) => push_char(*c, out),
                    SetItem::Range(a, b) => {
                        push_char(*a, out);
                        out.push('-');
                        push_char(*b, out);
                    }
                    SetItem::Category(c) if c.negated => out.push_str(&c.class()),
                    SetItem::Category(c) => out.push_str(c.items()),
                }
            }
            out.push(']');
        }
        Node::Anchor(a) => out.push_str(match a {
            Anchor::Start(false) | Anchor::TextStart => r"\A",
            Anchor::Start(true) => "(?m:^)",
            Anchor::End(false) => r"(?=\n?\z)",
            Anchor::End(true) => "(?m:$)",
            Anchor::TextEnd => r"\z",
            Anchor::Word(yes, true) => ascii_boundary(*yes),
            Anchor::Word(true, false) => r"\b",
            // CPython's \B never matches in an empty string.
            Anchor::Word(false, false) => r"(?:\B(?!\A\z))",
        }),
        Node::Seq(items) => {
            for item in items {
                if matches!(item, Node::Alt(_)) {
                    emit_group("(?:", item, out);
                } else {
                    emit(item, out);
                }
            }
        }
        Node::Alt(items) => {
            for (k, item) in items.iter().enumerate() {
                if k > 0 {
                    out.push('|');
                }
                emit(item, out);
            }
        }
        Node::Group(Some(_), body) => emit_group("(", body, out),
        Node::Group(None, body) => emit_group("(?:", body, out),
        Node::Case(on, body) => {
            // A flags group `(?i:...)` is one group in the engine's syntax too.
            let inner = match &**body {
                Node::Group(None, inner) => inner,
                other => other,
            };
            emit_group(if *on { "(?i:" } else { "(?-i:" }, inner, out)
        }
        Node::Atomic(body) => emit_group("(?>", body, out),
        Node::Look {
            behind,
            negate,
            body,
        } => {
            let open = match (behind, negate) {
                (false, false) => "(?=",
                (false, true) => "(?!",
                (true, false) => "(?<=",
                (true, true) => "(?<!",
            };
            emit_group(open, body, out);
        }
        Node::Backref(g) => {
            let _ = write!(out, "(?:\\{g})");
        }
        Node::Cond(g, yes, no) => {
            let _ = write!(out, "(?({g})");
            emit_group("(?:", yes, out);
            out.push('|');
            if let Some(no) = no {
                emit_group("(?:", no, out);
            }
            out.push(')');
        }
        Node::Repeat {
            min, greed, body, ..
        } if width(body, &[]) == (0, Some(0)) => {
            // The engine repeats no assertion; for what matches only the empty
            // string, once is as good as many.
            match (min, greed) {
                (0, Greed::Lazy) => emit_group("(?:|", body, out),
                (0, _) => {
                    emit_group("(?:", body, out);
                    out.pop();
                    out.push_str("|)");
                }
                _ => emit(body, out),
            }
        }
        Node::Repeat {
            min,
            max,
            greed,
            body,
        } => {
            if *greed == Greed::Possessive {
                out.push_str("(?>");
            }
            // CPython lets a repeat take one iteration that matches the empty string
            // (and keeps the groups it set); the engine's backtracking part does so
            // too, but not its automata, so such a body gets an empty lookahead,
            // which puts it on the backtracking part.
            let empty_iteration =
                width(body, &[]).0 == 0 && max.is_none_or(|m| m > 1) && has_group(body);
            if empty_iteration {
                out.push_str("(?:");
                emit(body, out);
                out.push_str("(?=))");
            } else if is_unit(body) {
                emit(body, out);
            } else {
                emit_group("(?:", body, out);
            }
            match (min, max) {
                (0, None) => out.push('*'),
                (1, None) => out.push('+'),
                (0, Some(1)) => out.push('?'),
                (m, None) => {
                    let _ = write!(out, "{{{m},}}");
                }
                (m, Some(n)) if m == n => {
                    let _ = write!(out, "{{{m}}}");
                }
                (m, Some(n)) => {
                    let _ = write!(out, "{{{m},{n}}}");
                }
            }
            match greed {
                Greed::Lazy => out.push('?'),
                Greed::Possessive => out.push(')'),
                Greed::Greedy => {}
            }
        }
    }
}

/// Whether `node` contains a capturing group.
fn has_group(node: &Node) -> bool {
    match node {
        Node::Group(Some(_), _) => true,
        Node::Seq(items) | Node::Alt(items) => items.iter().any(has_group),
        Node::Group(None, b) | Node::Case(_, b) | Node::Atomic(b) => has_group(b),
        Node::Look { body, .. } | Node::Repeat { body, .. } => has_group(body),
        Node::Cond(_, yes, no) => has_group(yes) || no.as_deref().is_some_and(has_group),
        _ => false,
    }
}

/// Whether `node` is written as one unit a quantifier can follow (a character, a
/// class, a group), so it needs no group of its own.
fn is_unit(node: &Node) -> bool {
    matches!(
        node,
        Node::Char(_)
            | Node::Any(_)
            | Node::Set(..)
            | Node::Category(_)
            | Node::Group(..)
            | Node::Case(..)
            | Node::Atomic(_)
            | Node::Backref(_)
    )
}

/// `open`, then `body`, then `)`.
fn emit_group(open: &str, body: &Node, out: &mut String) {
    out.push_str(open);
    emit(body, out);
    out.push(')');
}
