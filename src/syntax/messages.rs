//! CPython's wording for parse failures: lalrpop's errors translated, then the more
//! precise messages CPython's second parser pass and its tokenizer give, which need the
//! tokens around the unexpected one (docs/architecture.md, "Syntax errors").
//!
//! CPython reports a bracket that is never closed only when its parser has fetched a
//! token past the end of input, or a token on a later line than the bracket; which
//! tokens it fetched depends on the rule that failed, so [`furthest_fetched`] models
//! the rules that read ahead (an operand right after an operand is parsed whole for the
//! comma hint, a string is followed by a look for another one).

mod assignment;

use lalrpop_util::ParseError;

use super::ast::Span;
use super::layout::{tokens_and_unclosed, SpannedTok};
use super::tokens::Tok;
use super::{line_of, SyntaxError, SyntaxErrorKind};

/// What CPython adds to "cannot assign to ..." where its rule for `=` in an
/// expression applies.
const EQUALS_HINT: &str = " here. Maybe you meant '==' instead of '='?";

/// The message of CPython's comma hint.
const COMMA_HINT: &str = "invalid syntax. Perhaps you forgot a comma?";

/// A parse failure of `source` in CPython's words: the layout pass's own errors as
/// they are, the parser's with CPython's more precise messages, or the unclosed
/// bracket CPython reports instead.
pub(super) fn parser_error(e: ParseError<usize, Tok, SyntaxError>, source: &str) -> SyntaxError {
    let (tokens, unclosed, lexical) = tokens_and_unclosed(source);
    let around = Around { source, tokens };
    match e {
        ParseError::User { error } if error.message == "unexpected indent" => {
            around.indent_after_try(error)
        }
        ParseError::User { error } => around.refine(error),
        e => {
            let e = convert_error(e);
            let at = e.span.start as usize;
            let e = around.refine(e);
            match (unclosed, lexical) {
                (Some(bracket), _) if around.reads_past(at, &bracket) => bracket,
                // CPython's tokenizer reports what it cannot read (an unterminated
                // string) when its parser fetched that far before failing.
                (None, Some(lexical)) if around.furthest_fetched(at).is_none() => lexical,
                _ => e,
            }
        }
    }
}

/// A parse failure of an f-string replacement field's expression `text` (at byte
/// `offset` of the file) in CPython's words: CPython parses the field as if it
/// were parenthesised, so the hints for an error inside brackets apply (the comma
/// hint).
pub(super) fn field_error(
    e: ParseError<usize, Tok, SyntaxError>,
    text: &str,
    offset: usize,
) -> SyntaxError {
    let e = match e {
        ParseError::User { error } => return error,
        e => convert_error(e),
    };
    let mut tokens = vec![(offset, Tok::LPar, offset)];
    tokens.extend(
        super::layout::Layout::expression(text, offset)
            .map_while(Result::ok)
            .filter(|(_, tok, _)| *tok != Tok::Newline),
    );
    let end = offset + text.len();
    tokens.push((end, Tok::RPar, end));
    Around {
        source: text,
        tokens,
    }
    .refine(e)
}

/// Converts lalrpop's error into CPython's wording, from the unexpected token and what
/// the parser expected there.
pub(super) fn convert_error(error: ParseError<usize, Tok, SyntaxError>) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::UnrecognizedEof { location, expected } => {
            let message = if expects_handler(&expected) {
                "expected 'except' or 'finally' block"
            } else {
                "unexpected EOF while parsing"
            };
            SyntaxError::syntax(message, Span::new(location, location)).incomplete()
        }
        ParseError::UnrecognizedToken {
            token: (start, tok, end),
            expected,
        } => {
            let span = Span::new(start, end);
            let expects = |what: &str| expected.iter().any(|e| e.trim_matches('"') == what);
            if expects_handler(&expected) {
                return SyntaxError::syntax("expected 'except' or 'finally' block", span);
            }
            if tok == Tok::Indent {
                return SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unexpected indent",
                    span,
                );
            }
            if expects("else") && tok != Tok::Colon {
                return SyntaxError::syntax("expected 'else' after 'if' expression", span);
            }
            if expects(":") && expected.len() <= 2 {
                return SyntaxError::syntax("expected ':'", span);
            }
            if tok == Tok::Equal && expects(":") {
                return SyntaxError::syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    span,
                );
            }
            SyntaxError::syntax("invalid syntax", span)
        }
        ParseError::InvalidToken { location } => {
            SyntaxError::syntax("invalid syntax", Span::new(location, location))
        }
        ParseError::ExtraToken {
            token: (start, _, end),
        } => SyntaxError::syntax("invalid syntax", Span::new(start, end)),
    }
}

/// Whether the parser wanted only `except`/`finally` (a `try` block without handlers).
fn expects_handler(expected: &[String]) -> bool {
    !expected.is_empty()
        && expected
            .iter()
            .all(|e| e == "\"except\"" || e == "\"finally\"")
}

/// What a bracket is, for the comma hint: CPython's hint is an expression rule, so it
/// is not given in a parameter list or after a comprehension's `in`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bracket {
    /// A call, display or parenthesised expression.
    Plain,
    /// A comprehension's `for` target (before its `in`).
    Target,
    /// A comprehension after its first `in`.
    Iterable,
    /// A `def`'s parameter list.
    Params,
}

/// A bracket open at some token.
struct Open {
    /// The index of the bracket's token.
    at: usize,
    /// What it is.
    bracket: Bracket,
    /// The index of the first token of its current element.
    start: usize,
    /// Whether it opens a call's arguments.
    call: bool,
}

/// The tokens of a source that failed to parse, to find the context of an error.
struct Around<'s> {
    source: &'s str,
    tokens: Vec<SpannedTok>,
}

impl Around<'_> {
    /// The index of the first token at or after byte `at`.
    fn index(&self, at: usize) -> usize {
        self.tokens.partition_point(|(start, _, _)| *start < at)
    }

    /// An indented line after a `try:` whose body is on its own line (`try: x = 1`):
    /// CPython's parser, not its tokenizer, finds it, and wants the handler.
    fn indent_after_try(&self, e: SyntaxError) -> SyntaxError {
        let Some(last) = self.tokens.len().checked_sub(1) else {
            return e;
        };
        let first = self.line_start(last);
        let one_line_try = self.tok(first) == Some(&Tok::Try)
            && self.tok(first + 1) == Some(&Tok::Colon)
            && self.tok(first + 2) != Some(&Tok::Newline)
            && self.tok(last) == Some(&Tok::Newline);
        if one_line_try {
            SyntaxError::syntax("expected 'except' or 'finally' block", e.span)
        } else {
            e
        }
    }

    /// The index of the first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        self.tokens[..i]
            .iter()
            .rposition(|(_, tok, _)| matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent))
            .map_or(0, |j| j + 1)
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.tokens.get(i).map(|(_, tok, _)| tok)
    }

    /// CPython's more precise message for a plain parser error `e`, from the tokens
    /// around it; other errors are returned as they are.
    fn refine(&self, mut e: SyntaxError) -> SyntaxError {
        let at = e.span.start as usize;
        let i = self.index(at);
        let Some(tok) = self.tok(i) else {
            return e;
        };
        let first = self.line_start(i);
        let head = first + usize::from(self.tok(first) == Some(&Tok::Async));
        let generic = e.message == "invalid syntax";
        if generic || e.message.starts_with("cannot assign to") {
            let stop = if generic { i } else { self.tokens.len() };
            match self.invalid_assignment(first, stop) {
                Some((Some(message), span)) => {
                    e.message = message;
                    e.span = span;
                    return e;
                }
                // CPython's rule for `=` in an expression did not apply: the target's
                // own message stands, without its hint.
                Some((None, span)) if !generic => {
                    let plain = e.message.strip_suffix(EQUALS_HINT).map(String::from);
                    e.message = plain.unwrap_or(e.message);
                    e.span = span;
                    return e;
                }
                _ => {}
            }
        }
        // A statement may follow a block where an `else` could (`while ...:`), but
        // CPython's "expected 'else'" is about a conditional expression.
        if e.message == "expected 'else' after 'if' expression" && first == i {
            e.message = "invalid syntax".into();
            return e;
        }
        if e.message == "expected ':'" && *tok == Tok::Comma {
            return self.comma_in_header(e, head, i);
        }
        match self.tok(head) {
            Some(Tok::Def) if generic && i == head + 2 && *tok != Tok::LPar => {
                e.message = "expected '('".into();
                return e;
            }
            Some(Tok::Def) if generic => {
                let params_end = self.matching_close(head + 2);
                let in_params = i > head + 2 && params_end.is_none_or(|end| i < end);
                let prev = i.checked_sub(1).and_then(|p| self.tok(p));
                let after = matches!(prev, Some(Tok::LPar | Tok::Comma));
                if in_params && after && *tok == Tok::LPar {
                    e.message = "Function parameters cannot be parenthesized".into();
                    return e;
                }
                if params_end.is_some_and(|end| i > end) && self.in_header(head, i) {
                    e.message = "expected ':'".into();
                    return e;
                }
            }
            Some(Tok::Class) if e.message == "expected ':'" && *tok != Tok::Newline => {
                e.message = "invalid syntax".into();
                return e;
            }
            _ => {}
        }
        let colon = e.message == "expected ':'";
        if generic || colon {
            if let Some(message) = self.dict_message(first, i) {
                e.message = message.into();
                return e;
            }
        }
        let assigns = generic || colon || e.message.starts_with("invalid syntax. Maybe");
        if *tok == Tok::Equal && assigns {
            match self.assign_in_expression(first, head, i) {
                Some(message) => {
                    if message.starts_with("cannot assign") {
                        e.span = self.assigned_span(first, head, i).unwrap_or(e.span);
                    }
                    e.message = message;
                }
                None => e.message = "invalid syntax".into(),
            }
            return e;
        }
        if *tok == Tok::ColonEqual && assigns {
            if let Some(message) = self.assign_in_expression(first, head, i) {
                e.message = message;
                return e;
            }
        }
        if colon && !self.in_header(head, i) {
            e.message = "invalid syntax".into();
            return e;
        }
        if !generic {
            return e;
        }
        if *tok == Tok::Newline && self.tok(head) == Some(&Tok::With) && self.in_header(head, i) {
            e.message = "expected ':'".into();
            return e;
        }
        // A comprehension's `if` after its `in` is no conditional expression.
        let element = match self.innermost(first, i, &[]) {
            Some(o) if o.bracket == Bracket::Iterable => None,
            Some(o) => Some(o.start),
            None => Some(first),
        };
        if element.is_some_and(|start| self.conditional_without_else(start, i)) {
            e.message = "expected 'else' after 'if' expression".into();
            return e;
        }
        if self.tok(head) == Some(&Tok::For) {
            if let Some((message, span)) = self.invalid_for_target(head, i) {
                e.message = message;
                e.span = span;
                return e;
            }
        }
        if let Some(kind) = self.invalid_target(first, head, i) {
            e.message = format!("cannot assign to {kind}");
            return e;
        }
        if *tok == Tok::LPar && i > 0 && self.tok(i - 1) == Some(&Tok::Lambda) {
            e.message = "Lambda expression parameters cannot be parenthesized".into();
            return e;
        }
        if let Some(name) = self.legacy_statement(first, i) {
            e.message =
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
            // CPython points from the name to the end of what would be its arguments.
            let end = self.statement_list_end(i);
            e.span = Span::new(self.tokens[i - 1].0, self.tokens[end - 1].2);
        } else if let Some(start) = self.forgot_comma(first, self.operand_start(i)) {
            // CPython points from the start of the expression before the missing comma.
            e.span = Span::new(self.tokens[start].0, e.span.end as usize);
            e.message = COMMA_HINT.into();
        }
        e
    }

    /// CPython's message for a `,` (token `i`) where a compound statement's header
    /// wanted its `:`: `except A, B:` (and `as NAME`) asks for parentheses, pointing
    /// from `A` to the `:`; anywhere else the comma is just invalid (CPython's
    /// "expected ':'" needs the line to end there).
    fn comma_in_header(&self, mut e: SyntaxError, head: usize, i: usize) -> SyntaxError {
        e.message = "invalid syntax".into();
        if self.tok(head) != Some(&Tok::Except) {
            return e;
        }
        let start = head + 1 + usize::from(self.tok(head + 1) == Some(&Tok::Star));
        let mut depth = 0usize;
        let colon = (i + 1..self.tokens.len()).find(|&j| {
            match self.tok(j) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && matches!(self.tok(j), Some(Tok::Colon | Tok::Newline))
        });
        let types_follow = self.tok(i + 1).is_some_and(begins_operand);
        if let Some(colon) = colon.filter(|&c| self.tok(c) == Some(&Tok::Colon)) {
            if start < i && types_follow {
                e.message = "multiple exception types must be parenthesized".into();
                e.span = Span::new(self.tokens[start].0, self.tokens[colon - 1].2);
            }
        }
        e
    }

    /// Whether token `i` is in the header of a compound statement whose first token is
    /// token `head`, before the header's `:` (where CPython's grammar wants a `:`).
    fn in_header(&self, head: usize, i: usize) -> bool {
        let compound = matches!(
            self.tok(head),
            Some(
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
                    | Tok::Match
                    | Tok::Case
            )
        );
        let mut depth = 0usize;
        for j in head..i {
            match self.tok(j) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                Some(Tok::Colon) if depth == 0 => return false,
                _ => {}
            }
        }
        compound
    }

    /// The index of the bracket closing the one opened at token `open`, if it is one.
    fn matching_close(&self, open: usize) -> Option<usize> {
        if !matches!(self.tok(open), Some(Tok::LPar)) {
            return None;
        }
        let mut depth = 0usize;
        for (j, (_, tok, _)) in self.tokens.iter().enumerate().skip(open) {
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// CPython's messages for a broken `key: value` pair of a dict display, when token
    /// `i` is inside one: a key without its `:` after earlier pairs, a `:` without a
    /// value, a starred value.
    fn dict_message(&self, first: usize, i: usize) -> Option<&'static str> {
        let brace = self.innermost(first, i, &[])?.at;
        if self.tok(brace) != Some(&Tok::LBrace) {
            return None;
        }
        // The top-level colons of each element of the display up to token `i`.
        let mut elements = vec![(brace + 1, false)];
        let mut depth = 0usize;
        for j in brace + 1..i {
            match self.tok(j)? {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                Tok::Comma if depth == 0 => elements.push((j + 1, false)),
                Tok::DoubleStar if depth == 0 && elements.last()?.0 == j => {
                    elements.last_mut()?.1 = true
                }
                Tok::Colon if depth == 0 => elements.last_mut()?.1 = true,
                _ => {}
            }
        }
        let &(start, has_colon) = elements.last()?;
        let tok = self.tok(i)?;
        let after_colon = i > start && self.tok(i - 1) == Some(&Tok::Colon) && has_colon;
        if after_colon && matches!(tok, Tok::RBrace | Tok::Comma) {
            return Some("expression expected after dictionary key and ':'");
        }
        if after_colon && *tok == Tok::Star {
            return Some("cannot use a starred expression in a dictionary value");
        }
        let pairs_before = elements[..elements.len() - 1].iter().any(|e| e.1);
        if pairs_before && !has_colon && i > start && *tok != Tok::Colon {
            return Some("':' expected after dictionary key");
        }
        None
    }

    /// The innermost bracket still open at token `i` of the logical line starting at
    /// token `first`: what it is, and where its element holding token `i` starts (after
    /// the bracket, a comma, a colon, or one of `separators`).
    fn innermost(&self, first: usize, i: usize, separators: &[Tok]) -> Option<Open> {
        let mut open: Vec<Open> = Vec::new();
        for j in first..i {
            let tok = self.tok(j)?;
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                    let params = *tok == Tok::LPar && j >= 2 && self.tok(j - 2) == Some(&Tok::Def);
                    let bracket = if params {
                        Bracket::Params
                    } else {
                        Bracket::Plain
                    };
                    let call = j > first && self.tok(j - 1).is_some_and(ends_operand);
                    open.push(Open {
                        at: j,
                        bracket,
                        start: j + 1,
                        call: call && *tok == Tok::LPar,
                    });
                }
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    open.pop();
                }
                // In parentheses a `:` is a lambda's, inside the element.
                Tok::Colon
                    if open
                        .last()
                        .is_some_and(|o| self.tok(o.at) == Some(&Tok::LPar)) => {}
                Tok::Comma | Tok::Colon => {
                    if let Some(o) = open.last_mut() {
                        o.start = j + 1;
                    }
                }
                tok if separators.contains(tok) => {
                    if let Some(o) = open.last_mut() {
                        o.start = j + 1;
                    }
                }
                Tok::For => {
                    if let Some(o) = open.last_mut() {
                        o.bracket = Bracket::Target;
                    }
                }
                Tok::In => {
                    if let Some(
                        o @ Open {
                            bracket: Bracket::Target,
                            ..
                        },
                    ) = open.last_mut()
                    {
                        o.bracket = Bracket::Iterable;
                    }
                }
                _ => {}
            }
        }
        open.pop()
    }

    /// CPython's messages for `=` where an expression was wanted (token `i`): in a
    /// call's arguments after something other than a name; in an `if`/`elif`/`while`
    /// condition or a bracket's element, naming what cannot be assigned to; and for
    /// `:=` after something other than a name.
    fn assign_in_expression(&self, first: usize, head: usize, i: usize) -> Option<String> {
        let open = self.innermost(first, i, &[]);
        let start = match &open {
            Some(o) if o.bracket != Bracket::Plain => return None,
            Some(o) => o.start,
            None if matches!(self.tok(head)?, Tok::If | Tok::Elif | Tok::While) => head + 1,
            None => return None,
        };
        let target = &self.tokens[start..i];
        let single = match target {
            [(_, tok, _)] => Some(tok),
            _ => None,
        };
        if target.iter().any(|(_, tok, _)| *tok == Tok::Equal) {
            return None;
        }
        if self.tok(i) == Some(&Tok::ColonEqual) {
            let kind = match single {
                Some(Tok::Name(_)) => return None,
                Some(Tok::True) => "True",
                Some(Tok::False) => "False",
                Some(Tok::None) => "None",
                _ => expression_kind(target)?,
            };
            return Some(format!("cannot use assignment expressions with {kind}"));
        }
        if open.as_ref().is_some_and(|o| o.call) {
            return match single {
                Some(Tok::Name(_)) | None if target.is_empty() => None,
                Some(Tok::Name(_)) => None,
                Some(Tok::True) => Some("cannot assign to True".into()),
                Some(Tok::False) => Some("cannot assign to False".into()),
                Some(Tok::None) => Some("cannot assign to None".into()),
                _ => Some("expression cannot contain assignment, perhaps you meant \"==\"?".into()),
            };
        }
        // Outside a call's arguments, the rules for `=` want a value after it.
        self.bitwise_or_end(i + 1)?;
        let value_end = self.expression_end(i + 1).map(|pos| self.index(pos));
        if value_end.is_some_and(|end| matches!(self.tok(end), Some(Tok::Equal | Tok::ColonEqual)))
        {
            return None;
        }
        if let Some(Tok::Name(_)) = single {
            return Some("invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into());
        }
        let kind = expression_kind(target)?;
        Some(format!(
            "cannot assign to {kind} here. Maybe you meant '==' instead of '='?"
        ))
    }

    /// What CPython cannot assign to (`f() =`: "function call") when the parser failed
    /// at token `i` right after a statement's first `=`, whose left side is one
    /// expression that is not a target: its rule for such assignments needs only the
    /// `=`.
    fn invalid_target(&self, first: usize, head: usize, i: usize) -> Option<&'static str> {
        if head != first || self.in_header(head, i) {
            return None;
        }
        let mut depth = 0usize;
        let eq = (first..i).find(|&j| {
            match self.tok(j) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && self.tok(j) == Some(&Tok::Equal)
        })?;
        if i != eq + 1 {
            return None;
        }
        match expression_kind(&self.tokens[first..eq])? {
            "name" | "attribute" | "subscript" => None,
            kind => Some(kind),
        }
    }

    /// The span of what stands before the `=` at token `i` (CPython points at the
    /// expression it cannot assign to).
    fn assigned_span(&self, first: usize, head: usize, i: usize) -> Option<Span> {
        let start = match self.innermost(first, i, &[]) {
            Some(o) => o.start,
            None => head + 1,
        };
        let (from, to) = (self.tokens.get(start)?, self.tokens.get(i.checked_sub(1)?)?);
        (start < i).then(|| Span::new(from.0, to.2))
    }

    /// `print` or `exec` used as Python 2's statement (`print "x"`, also where any
    /// expression may stand: `x = print "x"`, `[1, print 2]`): the name that starts
    /// an operand right before token `i`, followed by an operand.
    fn legacy_statement(&self, first: usize, i: usize) -> Option<&'static str> {
        let name = i.checked_sub(1).filter(|&n| n >= first)?;
        if !begins_operand(self.tok(i)?) {
            return None;
        }
        let operand_start = name == first
            || self
                .tok(name - 1)
                .is_some_and(|prev| !ends_operand(prev) && *prev != Tok::Dot);
        if !operand_start {
            return None;
        }
        match self.tok(name)? {
            Tok::Name(n) if n == "print" => Some("print"),
            Tok::Name(n) if n == "exec" => Some("exec"),
            _ => None,
        }
    }

    /// The index after the last token of the comma-separated expressions starting at
    /// token `i`: before a line end, `;`, `=` or a bracket that closes an outer one.
    fn statement_list_end(&self, i: usize) -> usize {
        let mut depth = 0usize;
        for j in i..self.tokens.len() {
            match self.tok(j) {
                Some(Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar) => depth += 1,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) if depth == 0 => return j,
                Some(Tok::RPar | Tok::RSqb | Tok::RBrace) => depth -= 1,
                Some(Tok::Newline | Tok::Semi | Tok::Equal) if depth == 0 => return j,
                _ => {}
            }
        }
        self.tokens.len()
    }

    /// CPython's "Perhaps you forgot a comma?" (the first token of the expression before
    /// the missing comma): inside brackets, token `i` starts an operand right after one
    /// ended (`[1, 2 3]`, `f("a" b)`), but for an element that
    /// starts with a name followed by a string (a string prefix typo) or with a name
    /// CPython takes for a soft keyword, in a parameter list and after a
    /// comprehension's `in`.
    fn forgot_comma(&self, first: usize, i: usize) -> Option<usize> {
        let Open { bracket, start, .. } = self.innermost(first, i, &[Tok::Equal])?;
        let (prev, tok) = (self.tok(i.checked_sub(1)?)?, self.tok(i)?);
        let hinted = matches!(bracket, Bracket::Plain | Bracket::Target);
        let hint = hinted && ends_operand(prev) && begins_operand(tok);
        (hint && !self.excluded_operand(start)).then_some(start)
    }

    /// Where the operand that the unexpected token `i` is part of starts, for the comma
    /// hint: `x []` fails at `]` (an empty subscript), but CPython reads `[]` as a
    /// second operand.
    fn operand_start(&self, i: usize) -> usize {
        let empty_subscript = i >= 2
            && self.tok(i) == Some(&Tok::RSqb)
            && self.tok(i - 1) == Some(&Tok::LSqb)
            && self.tok(i - 2).is_some_and(ends_operand);
        if empty_subscript {
            i - 1
        } else {
            i
        }
    }

    /// Whether the operand starting at token `i` is one CPython's comma hint skips: a
    /// name followed by a string, or a name its soft-keyword check matches (it compares
    /// only the name's length of `match`, `case` and `_`, so `m` and `ca` count too).
    fn excluded_operand(&self, i: usize) -> bool {
        let Some(Tok::Name(name)) = self.tok(i) else {
            return false;
        };
        let soft = ["match", "case", "_"]
            .iter()
            .any(|keyword| keyword.starts_with(name.as_str()));
        soft || matches!(self.tok(i + 1), Some(Tok::Str(_)))
    }

    /// Whether CPython's parser, failing at the token at byte `at`, has read a token
    /// past the end of input or on a later line than the unclosed `bracket`: then it
    /// reports the bracket.
    fn reads_past(&self, at: usize, bracket: &SyntaxError) -> bool {
        let bracket_line = line_of(self.source, bracket.span.start as usize);
        match self.furthest_fetched(at) {
            None => true,
            Some(pos) => line_of(self.source, pos) > bracket_line,
        }
    }

    /// Where the furthest token CPython's parser fetched before failing at byte `at`
    /// starts (`None`: past the end of input). Outside `import` statements and the
    /// name of a `class` or `def`, an operand right after an operand is
    /// parsed whole (the comma hint's rule), so is the operand after an `=` (the rule
    /// for `=` in an expression), and after a string the parser looks for another one.
    fn furthest_fetched(&self, at: usize) -> Option<usize> {
        let i = self.index(at);
        let tok = self.tok(i)?;
        let prev = i.checked_sub(1).and_then(|p| self.tok(p));
        let first = self.line_start(i);
        let head = first + usize::from(self.tok(first) == Some(&Tok::Async));
        let named = matches!(self.tok(head), Some(Tok::Class | Tok::Def)) && i <= head + 2;
        if named || matches!(self.tok(first), Some(Tok::Import | Tok::From)) {
            return Some(at);
        }
        if prev.is_some_and(ends_operand) && begins_operand(tok) {
            return self.expression_end(i);
        }
        if *tok == Tok::Equal && prev.is_some_and(ends_operand) {
            return self.expression_end(i + 1);
        }
        if matches!(tok, Tok::Str(_)) {
            let after = (i..self.tokens.len()).find(|&j| !matches!(self.tok(j), Some(Tok::Str(_))));
            return after.map(|j| self.tokens[j].0);
        }
        Some(at)
    }

    /// Where the token ending the expression that starts at token `i` starts (`None`
    /// when it runs to the end of input): at its own bracket depth, a closing bracket,
    /// a token that cannot continue an expression (`,`, `:`, `=`, `for`, `as`, a line
    /// end ...), or an operand right after an operand.
    fn expression_end(&self, i: usize) -> Option<usize> {
        // Per open bracket: whether it holds a call's arguments (where `=` may stand).
        let mut open: Vec<bool> = Vec::new();
        for j in i..self.tokens.len() {
            let (start, tok, _) = &self.tokens[j];
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                    let call =
                        *tok == Tok::LPar && j > i && self.tok(j - 1).is_some_and(ends_operand);
                    open.push(call);
                }
                Tok::RPar | Tok::RSqb | Tok::RBrace if open.is_empty() => return Some(*start),
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    open.pop();
                }
                tok if open.is_empty() && !continues_expression(tok) => return Some(*start),
                // No element starts with `:` (a list display's `[`, not a subscript's).
                Tok::Colon if self.opens_element_without_slice(j - 1) => return Some(*start),
                // Inside its brackets: elements, slices, comprehensions, keyword arguments.
                Tok::Comma | Tok::Colon | Tok::ColonEqual | Tok::For => {}
                Tok::Equal if open.last() == Some(&true) => {}
                tok if !continues_expression(tok) => return Some(*start),
                _ => {}
            }
            let depth = open.len();
            let adjacent =
                j > i && self.tok(j - 1).is_some_and(ends_operand) && begins_operand(tok);
            if depth == 0 && adjacent {
                return Some(*start);
            }
        }
        None
    }
}

impl Around<'_> {
    /// Whether token `j` opens a parenthesis, a brace or a list display (no
    /// subscript), after which no element may start with a `:`.
    fn opens_element_without_slice(&self, j: usize) -> bool {
        match self.tok(j) {
            Some(Tok::LPar | Tok::LBrace) => true,
            Some(Tok::LSqb) => j == 0 || !self.tok(j - 1).is_some_and(ends_operand),
            _ => false,
        }
    }
}

/// How CPython names an expression it cannot assign to ("attribute", "function call",
/// "literal" ...), for tokens that form one operand of a binary expression at most
/// (`None` otherwise, and for `True`/`None`/`False`, lists, tuples and generator
/// expressions, where CPython's rule does not apply).
fn expression_kind(tokens: &[SpannedTok]) -> Option<&'static str> {
    let toks: Vec<&Tok> = tokens.iter().map(|(_, tok, _)| tok).collect();
    let (first, last) = (*toks.first()?, *toks.last()?);
    if matches!(first, Tok::True | Tok::None | Tok::False) {
        return None;
    }
    // Each token's bracket depth, and where the first bracket closes.
    let mut depth = 0usize;
    let mut top_level = Vec::new();
    let mut first_close = None;
    for (j, tok) in toks.iter().enumerate() {
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                depth = depth.saturating_sub(1);
                if depth == 0 && first_close.is_none() {
                    first_close = Some(j);
                }
                continue;
            }
            _ => {}
        }
        if depth == 0 || (depth == 1 && matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace)) {
            top_level.push((j, *tok));
        }
    }
    let part = |tok: &Tok| {
        arithmetic(tok) || begins_operand(tok) || matches!(tok, Tok::Dot | Tok::Ellipsis)
    };
    if top_level.iter().any(|(_, tok)| !part(tok)) {
        return None;
    }
    if top_level.iter().any(|(_, tok)| arithmetic(tok)) {
        return Some("expression");
    }
    let whole = first_close == Some(toks.len() - 1);
    let inner = match tokens {
        [_, inner @ .., _] => inner,
        _ => &[],
    };
    let inner_top = |wanted: &[Tok]| {
        let mut depth = 0usize;
        inner.iter().any(|(_, tok, _)| {
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && wanted.contains(tok)
        })
    };
    match first {
        Tok::LSqb if whole => return None,
        Tok::LPar if whole => {
            if inner.is_empty() || inner_top(&[Tok::Comma, Tok::For]) {
                return None;
            }
            return expression_kind(inner);
        }
        Tok::LBrace if whole => {
            let comprehension = inner_top(&[Tok::For]);
            let dict = inner.is_empty() || inner_top(&[Tok::Colon, Tok::DoubleStar]);
            return Some(match (comprehension, dict) {
                (true, true) => "dict comprehension",
                (true, false) => "set comprehension",
                (false, true) => "dict literal",
                (false, false) => "set display",
            });
        }
        _ => {}
    }
    if toks.iter().all(|tok| matches!(tok, Tok::Str(_))) {
        let fstring = toks
            .iter()
            .any(|tok| matches!(tok, Tok::Str(lit) if lit.kind == super::tokens::StrKind::FStr));
        return Some(if fstring {
            "f-string expression"
        } else {
            "literal"
        });
    }
    match (toks.len(), last) {
        (1, Tok::Name(_)) => Some("name"),
        (1, Tok::Int(_) | Tok::Float(_) | Tok::Imaginary(_)) => Some("literal"),
        (1, Tok::Ellipsis) => Some("ellipsis"),
        (_, Tok::RPar) => Some("function call"),
        (_, Tok::RSqb) => Some("subscript"),
        (n, Tok::Name(_)) if n >= 3 && *toks[n - 2] == Tok::Dot => Some("attribute"),
        _ => None,
    }
}

/// Whether `tok` can stand inside an expression outside brackets: an operand, an
/// operator, `.`, or one of the keywords expressions use.
fn continues_expression(tok: &Tok) -> bool {
    begins_operand(tok)
        || ends_operand(tok)
        || arithmetic(tok)
        || matches!(
            tok,
            Tok::Less
                | Tok::Greater
                | Tok::LessEqual
                | Tok::GreaterEqual
                | Tok::EqEqual
                | Tok::NotEqual
                | Tok::Dot
                | Tok::Ellipsis
                | Tok::And
                | Tok::Or
                | Tok::Not
                | Tok::In
                | Tok::Is
                | Tok::If
                | Tok::Else
                | Tok::Await
        )
}

/// Whether `tok` is an arithmetic or bitwise operator (binary, or unary `-`, `+`, `~`).
fn arithmetic(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::LShift
            | Tok::RShift
            | Tok::Amper
            | Tok::VBar
            | Tok::Circumflex
            | Tok::Tilde
    )
}

/// Whether `tok` is an operand by itself (a name, number, string or constant).
fn atom(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
    )
}

/// Whether `tok` can end an operand (`1`, `x`, `"s"`, `)` ...).
fn ends_operand(tok: &Tok) -> bool {
    atom(tok) || matches!(tok, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Whether `tok` can begin an operand (`1`, `x`, `"s"`, `(`, `lambda` ...).
fn begins_operand(tok: &Tok) -> bool {
    atom(tok) || matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Lambda)
}
