//! CPython's message for an assignment statement with a target it cannot assign to,
//! from the tokens of the statement: its `invalid_assignment` rule runs only when
//! the assignment rule fails (some target before the last `=` is not one), and
//! tries, in order:
//!
//! 1. along the statement's first comma-separated list, each element as a named
//!    expression, whose `invalid_named_expression` rule sees `x = value` (a name:
//!    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") or
//!    `f() = value` ("cannot assign to function call here. Maybe you meant '=='
//!    instead of '='?"), the value being an operand of `|` at most and not followed
//!    by another `=` or `:=`;
//! 2. the valid targets, then the first part followed by `=` that is not one:
//!    "cannot assign to function call", naming its first element that is not a
//!    target.

use super::{expression_kind, Around};
use crate::syntax::ast::Span;
use crate::syntax::tokens::Tok;

/// What a statement's first comma-separated list holds at one element.
struct Element {
    /// The index of its first token.
    start: usize,
    /// The index after its last token (a `,`, `=` or the end of the statement).
    end: usize,
}

impl Around<'_> {
    /// CPython's message and where it points, for the simple statement starting at
    /// token `first` when one of its targets cannot be assigned to (only the tokens
    /// before token `stop`, where parsing failed, count): the message is None for a
    /// "cannot assign to ..." whose kind genpy names only from the parsed target;
    /// None when its targets are all targets or it is no assignment.
    pub(super) fn invalid_assignment(
        &self,
        first: usize,
        stop: usize,
    ) -> Option<(Option<String>, Span)> {
        // The indentation tokens before a statement stand at its first token's byte.
        let first =
            (first..stop).find(|&j| !matches!(self.tok(j), Some(Tok::Indent | Tok::Dedent)))?;
        if self.tok(first).is_some_and(opens_statement) {
            return None;
        }
        let parts = self.assigned_parts(first, stop);
        // The assignment rule fails only where a part before the last `=` is no target.
        let invalid = parts
            .iter()
            .position(|p| self.not_a_target(p.start, p.end).is_some())?;
        if let Some((message, span)) = self.named_assignment(&parts) {
            return Some((Some(message), span));
        }
        let part = &parts[invalid];
        let (kind, span) = self.not_a_target(part.start, part.end)?;
        Some((kind.map(|kind| format!("cannot assign to {kind}")), span))
    }

    /// The parts of the statement at token `first` that an `=` follows, before token
    /// `stop`: `a, b = f() = 1` gives `a, b` and `f()`.
    fn assigned_parts(&self, first: usize, stop: usize) -> Vec<Element> {
        let mut parts = Vec::new();
        let (mut depth, mut start) = (0usize, first);
        for j in first..stop {
            match self.tok(j) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                Some(Tok::Newline | Tok::Semi) if depth == 0 => break,
                Some(Tok::Equal) if depth == 0 => {
                    parts.push(Element { start, end: j });
                    start = j + 1;
                }
                None => break,
                _ => {}
            }
        }
        parts
    }

    /// Step 1: the `x = value` CPython's named-expression rule finds along the first
    /// part's elements: only its last element is followed by `=`.
    fn named_assignment(&self, parts: &[Element]) -> Option<(String, Span)> {
        let part = parts.first()?;
        let mut start = part.start;
        loop {
            let end = self.element_end(start, part.end);
            if end == part.end {
                break;
            }
            start = end + 1;
        }
        if self.tok(start) == Some(&Tok::Star) {
            return None;
        }
        let target_end = self.bitwise_or_end(start)?;
        if target_end != part.end {
            return None;
        }
        let value_end = self.bitwise_or_end(part.end + 1)?;
        if matches!(self.tok(value_end), Some(Tok::Equal | Tok::ColonEqual)) {
            return None;
        }
        let target = &self.tokens[start..target_end];
        let span_of =
            |from: usize, to: usize| Span::new(self.tokens[from].0, self.tokens[to - 1].2);
        if let [(_, Tok::Name(_), _)] = target {
            let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Some((message.into(), span_of(start, value_end)));
        }
        if self.starts_display(start) {
            return None;
        }
        let kind = expression_kind(target)?;
        let message = format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?");
        Some((message, span_of(start, target_end)))
    }

    /// Where the element starting at token `start` ends: its `,` at the top level, or
    /// `end`.
    fn element_end(&self, start: usize, end: usize) -> usize {
        let mut depth = 0usize;
        for j in start..end {
            match self.tok(j) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                Some(Tok::Comma) if depth == 0 => return j,
                _ => {}
            }
        }
        end
    }

    /// Whether a list, a tuple, a generator expression or `True`/`None`/`False`
    /// starts at token `j` (CPython's named-expression rule leaves those alone).
    fn starts_display(&self, j: usize) -> bool {
        match self.tok(j) {
            Some(Tok::True | Tok::None | Tok::False | Tok::LSqb) => true,
            Some(Tok::LPar) => {
                let Some(close) = self.close_of(j) else {
                    return false;
                };
                close == j + 1 || {
                    let inner_end = self.element_end(j + 1, close);
                    inner_end < close || (j + 1..close).any(|k| self.tok(k) == Some(&Tok::For))
                }
            }
            _ => false,
        }
    }

    /// The end of the operand of `|` (at most) starting at token `j`: unary `+`,
    /// `-`, `~` and `await`, atoms with their calls, subscripts and attributes,
    /// joined by arithmetic and bitwise operators (an operator without an operand
    /// after it is left out, as CPython's parser backtracks); None when none starts
    /// there.
    pub(super) fn bitwise_or_end(&self, j: usize) -> Option<usize> {
        let mut end = self.operand_end(j)?;
        while self.tok(end).is_some_and(binary_operator) {
            match self.operand_end(end + 1) {
                Some(next) => end = next,
                None => break,
            }
        }
        Some(end)
    }

    /// CPython's message for a `for` (token `head`) whose target list, as far as it
    /// parses as expressions, holds what cannot be assigned to, when parsing failed
    /// at token `i` after it: "cannot assign to literal" for `for a, 1 b in c:`.
    pub(super) fn invalid_for_target(&self, head: usize, i: usize) -> Option<(String, Span)> {
        let start = head + 1;
        let mut end = start;
        loop {
            end = self.index(self.expression_end(end)?);
            if self.tok(end) != Some(&Tok::Comma) || end + 1 >= i {
                break;
            }
            end += 1;
        }
        if end > i || end == start {
            return None;
        }
        let (kind, span) = self.not_a_target(start, end)?;
        Some((format!("cannot assign to {}", kind?), span))
    }

    /// Whether the element of token `i` (a parse failure) holds a conditional
    /// expression whose condition, a whole `or` expression at most, is followed by
    /// neither `else` nor `:` before token `i`: CPython's "expected 'else' after
    /// 'if' expression".
    pub(super) fn conditional_without_else(&self, start: usize, i: usize) -> bool {
        let mut depth = 0usize;
        (start..i).any(|j| {
            match self.tok(j) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                _ => {}
            }
            let conditional = depth == 0
                && self.tok(j) == Some(&Tok::If)
                && j > start
                && self.tok(j - 1).is_some_and(super::ends_operand);
            conditional
                && self.disjunction_end(j + 1).is_some_and(|end| {
                    end <= i && !matches!(self.tok(end), Some(Tok::Else | Tok::Colon))
                })
        })
    }

    /// The end of the `or` expression (comparisons, `not`, `and`, `or` over
    /// operands of `|`) starting at token `j`, backtracking as CPython's parser does
    /// over an operator without an operand after it.
    fn disjunction_end(&self, mut j: usize) -> Option<usize> {
        while self.tok(j) == Some(&Tok::Not) {
            j += 1;
        }
        let end = self.bitwise_or_end(j)?;
        let next = match (self.tok(end), self.tok(end + 1)) {
            (Some(Tok::Is), Some(Tok::Not)) | (Some(Tok::Not), Some(Tok::In)) => end + 2,
            (
                Some(
                    Tok::Less
                    | Tok::Greater
                    | Tok::LessEqual
                    | Tok::GreaterEqual
                    | Tok::EqEqual
                    | Tok::NotEqual
                    | Tok::In
                    | Tok::Is
                    | Tok::And
                    | Tok::Or,
                ),
                _,
            ) => end + 1,
            _ => return Some(end),
        };
        Some(self.disjunction_end(next).unwrap_or(end))
    }

    /// The end of one operand of a binary operator starting at token `j` (with its
    /// unary operators), or None.
    fn operand_end(&self, mut j: usize) -> Option<usize> {
        {
            while matches!(
                self.tok(j),
                Some(Tok::Plus | Tok::Minus | Tok::Tilde | Tok::Await)
            ) {
                j += 1;
            }
            j = match self.tok(j)? {
                Tok::Str(_) => (j..)
                    .find(|&k| !matches!(self.tok(k), Some(Tok::Str(_))))
                    .unwrap_or(j + 1),
                Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imaginary(_)
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis => j + 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace => self.close_of(j)? + 1,
                _ => return None,
            };
            loop {
                match self.tok(j) {
                    Some(Tok::Dot) if matches!(self.tok(j + 1), Some(Tok::Name(_))) => j += 2,
                    Some(Tok::LPar | Tok::LSqb) => j = self.close_of(j)? + 1,
                    _ => break,
                }
            }
            Some(j)
        }
    }

    /// The index of the bracket closing the one opened at token `open`.
    fn close_of(&self, open: usize) -> Option<usize> {
        let mut depth = 0usize;
        for j in open..self.tokens.len() {
            match self.tok(j)? {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                Tok::Newline if depth == 0 => return None,
                _ => {}
            }
        }
        None
    }

    /// The first element of tokens `start..end` (a comma-separated list, its
    /// parenthesised tuples and lists and its starred elements looked into) that
    /// cannot be assigned to: how CPython names it (None where genpy does not know)
    /// and its span; None when every one is a target.
    fn not_a_target(&self, start: usize, end: usize) -> Option<(Option<&'static str>, Span)> {
        if start >= end {
            return None;
        }
        let mut element = start;
        loop {
            let element_end = self.element_end(element, end);
            if element_end > element {
                if let Some(found) = self.element_not_a_target(element, element_end) {
                    return Some(found);
                }
            }
            if element_end >= end {
                return None;
            }
            element = element_end + 1;
        }
    }

    /// [`Self::not_a_target`] for one element, tokens `start..end`.
    fn element_not_a_target(
        &self,
        start: usize,
        end: usize,
    ) -> Option<(Option<&'static str>, Span)> {
        let span = Span::new(self.tokens[start].0, self.tokens[end - 1].2);
        match self.tok(start)? {
            Tok::Star => return self.element_not_a_target(start + 1, end),
            Tok::True if end == start + 1 => return Some((Some("True"), span)),
            Tok::False if end == start + 1 => return Some((Some("False"), span)),
            Tok::None if end == start + 1 => return Some((Some("None"), span)),
            Tok::LPar | Tok::LSqb if self.close_of(start) == Some(end - 1) => {
                let tuple = self.tok(start) == Some(&Tok::LSqb)
                    || end == start + 2
                    || self.element_end(start + 1, end - 1) < end - 1;
                if tuple {
                    return self.not_a_target(start + 1, end - 1);
                }
                return self.element_not_a_target(start + 1, end - 1);
            }
            _ => {}
        }
        match expression_kind(&self.tokens[start..end]) {
            Some("name" | "attribute" | "subscript") => None,
            kind => Some((kind, span)),
        }
    }
}

/// Whether `tok` is a binary arithmetic or bitwise operator.
fn binary_operator(tok: &Tok) -> bool {
    super::arithmetic(tok) && !matches!(tok, Tok::Tilde)
}

/// Whether `tok` begins a statement that is no assignment (a compound statement's
/// keyword, `del`, `import`, `return` ...).
fn opens_statement(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::If
            | Tok::Elif
            | Tok::Else
            | Tok::While
            | Tok::For
            | Tok::Try
            | Tok::Except
            | Tok::Finally
            | Tok::With
            | Tok::Def
            | Tok::Class
            | Tok::Async
            | Tok::Del
            | Tok::Import
            | Tok::From
            | Tok::Return
            | Tok::Raise
            | Tok::Assert
            | Tok::Global
            | Tok::Nonlocal
            | Tok::Pass
            | Tok::Break
            | Tok::Continue
            | Tok::At
            | Tok::Lambda
    )
}
