//! Python's regular-expression syntax, parsed as CPython 3.11's `re` parses it (the
//! same tokens, group numbering, flag scoping and error messages with their
//! positions) into a tree of [`Node`]s, which `emit.rs` writes out again in the
//! syntax of the `fancy-regex` engine with
//! Python's meanings made explicit: `$` becomes "end, or before a final newline",
//! `\Z` the engine's `\z`, `\w` `\d` `\s` Python's Unicode (or, with ASCII, ASCII)
//! classes, DOTALL, MULTILINE and VERBOSE are applied here, every literal is escaped,
//! and named groups become plain numbered ones (the names are kept in [`Parsed`]);
//! IGNORECASE under ASCII is spelled out as sets of both cases, and repeats whose
//! body may match the empty string are steered to the engine's backtracking VM,
//! whose empty-iteration rule is CPython's.

use super::emit::emit;
use super::nodes::{width, Anchor, Category, Greed, Node, SetItem, Width};

/// `re.IGNORECASE`.
pub const IGNORECASE: u32 = 2;
/// `re.LOCALE`.
pub const LOCALE: u32 = 4;
/// `re.MULTILINE`.
pub const MULTILINE: u32 = 8;
/// `re.DOTALL`.
pub const DOTALL: u32 = 16;
/// `re.UNICODE`.
pub const UNICODE: u32 = 32;
/// `re.VERBOSE`.
pub const VERBOSE: u32 = 64;
/// `re.ASCII`.
pub const ASCII: u32 = 256;
/// `re.TEMPLATE` (deprecated).
const TEMPLATE: u32 = 1;
/// `re.DEBUG`.
const DEBUG: u32 = 128;

/// CPython's limit on repeat counts (`sre_constants.MAXREPEAT`).
const MAXREPEAT: u64 = 4_294_967_295;
/// CPython's limit on the number of groups.
const MAXGROUPS: usize = 1_073_741_823;
/// Deeper nesting than this is refused rather than risking the Rust stack.
const MAX_NESTING: usize = 200;

/// A pattern parsed and translated.
#[derive(Debug)]
pub struct Parsed {
    /// The pattern in the engine's syntax.
    pub engine: String,
    /// The number of capturing groups.
    pub groups: usize,
    /// The named groups with their numbers, in the order they appear.
    pub names: Vec<(String, usize)>,
    /// Each group's innermost enclosing group (index 0 is the whole match).
    pub parents: Vec<Option<usize>>,
    /// Whether each group is inside a lookahead (so it closes before it ends).
    pub ahead: Vec<bool>,
    /// The flags given plus the global flags written in the pattern, with UNICODE
    /// for a str pattern.
    pub flags: u32,
    /// Whether the pattern is bytes (written here as its Latin-1 text, and matched
    /// with ASCII's classes and case folding).
    pub bytes: bool,
}

/// Why a pattern does not compile.
#[derive(Debug, PartialEq)]
pub enum SyntaxError {
    /// `re.error(msg, pattern, pos)`.
    Re(String, Option<usize>),
    /// OverflowError (a repeat count past CPython's limit).
    Overflow(String),
    /// ValueError (incompatible flags given to compile).
    Value(String),
    /// NotImplementedError: something CPython accepts that genpy does not do.
    Unsupported(String),
}

type PResult<T> = Result<T, SyntaxError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(SyntaxError::Re(msg.into(), Some(pos)))
}

/// Parses `pattern` under `flags` and writes it in the engine's syntax; a bytes
/// pattern (`bytes`) comes as its Latin-1 text.
pub fn parse(pattern: &str, flags: u32, bytes: bool) -> PResult<Parsed> {
    if flags & LOCALE != 0 && !bytes {
        return Err(SyntaxError::Value(
            "cannot use LOCALE flag with a str pattern".into(),
        ));
    }
    if flags & UNICODE != 0 && bytes {
        return Err(SyntaxError::Value(
            "cannot use UNICODE flag with a bytes pattern".into(),
        ));
    }
    if flags & ASCII != 0 && flags & LOCALE != 0 {
        return Err(SyntaxError::Value(
            "ASCII and LOCALE flags are incompatible".into(),
        ));
    }
    // A bytes pattern matches as ASCII does (LOCALE, under the C locale, too); the
    // flag stays out of what the pattern reports unless it was given.
    let given = flags;
    let flags = if bytes { flags | ASCII } else { flags };
    if flags & (TEMPLATE | DEBUG) != 0 {
        return Err(SyntaxError::Unsupported(
            "genpy's re does not support the DEBUG and TEMPLATE flags".into(),
        ));
    }
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return Err(SyntaxError::Value(
            "ASCII and UNICODE flags are incompatible".into(),
        ));
    }
    let mut p = Parser {
        s: pattern.chars().collect(),
        i: 0,
        flags,
        bytes,
        open: Vec::new(),
        widths: vec![None],
        names: Vec::new(),
        parents: vec![None],
        ahead: vec![false],
        lookaheads: 0,
        lookbehind_from: None,
        forward_refs: Vec::new(),
        global_flags: 0,
    };
    let root = p.alternation(flags, 0, true)?;
    if p.i < p.s.len() {
        return err("unbalanced parenthesis", p.i);
    }
    let groups = p.widths.len() - 1;
    if let Some(&(g, pos)) = p.forward_refs.iter().find(|(g, _)| *g > groups) {
        return err(format!("invalid group reference {g}"), pos);
    }
    // The type flags written or given, checked once the global flags are all read.
    let explicit = given | p.global_flags;
    if explicit & ASCII != 0 && explicit & UNICODE != 0 {
        return Err(SyntaxError::Value(
            "ASCII and UNICODE flags are incompatible".into(),
        ));
    }
    if explicit & ASCII != 0 && explicit & LOCALE != 0 {
        return Err(SyntaxError::Value(
            "ASCII and LOCALE flags are incompatible".into(),
        ));
    }
    let mut engine = String::new();
    if engine_folds(p.flags) {
        engine.push_str("(?i)");
    }
    emit(&root, &mut engine);
    let ascii = p.flags & ASCII != 0;
    let flags = if bytes {
        p.flags & !ASCII | explicit & ASCII
    } else if ascii {
        p.flags
    } else {
        p.flags | UNICODE
    };
    Ok(Parsed {
        engine,
        groups,
        names: p.names,
        parents: p.parents,
        ahead: p.ahead,
        flags,
        bytes,
    })
}

struct Parser {
    s: Vec<char>,
    i: usize,
    /// The global flags (those given, plus `(?i)` at the start).
    flags: u32,
    /// Whether the pattern is bytes.
    bytes: bool,
    /// The groups opened and not yet closed.
    open: Vec<usize>,
    /// Each group's width once closed, by number (index 0 is the whole match); its
    /// length is one more than the number of groups opened so far.
    widths: Vec<Width>,
    names: Vec<(String, usize)>,
    parents: Vec<Option<usize>>,
    ahead: Vec<bool>,
    /// How many lookaheads the parser is inside.
    lookaheads: usize,
    /// Inside a lookbehind: the number of groups opened before it.
    lookbehind_from: Option<usize>,
    /// Group numbers of conditionals, checked at the end (they may come later).
    forward_refs: Vec<(usize, usize)>,
    /// The global flags written in the pattern (`(?a)`).
    global_flags: u32,
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    /// Branches separated by `|`, up to a `)` or the end.
    fn alternation(&mut self, flags: u32, depth: usize, top: bool) -> PResult<Node> {
        if depth > MAX_NESTING {
            return Err(SyntaxError::Unsupported(
                "genpy's re does not support groups nested this deeply".into(),
            ));
        }
        let mut branches = vec![self.sequence(flags, depth, top)?];
        // Global flags, which only the first branch may start with, apply to all.
        let flags = if top { self.flags } else { flags };
        while self.eat('|') {
            branches.push(self.sequence(flags, depth, false)?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Seq(Vec::new()))
        } else {
            Node::Alt(branches)
        })
    }

    /// Items up to a `|`, a `)` or the end.
    fn sequence(&mut self, mut flags: u32, depth: usize, top: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let start = self.i;
            self.i += 1;
            if flags & VERBOSE != 0 {
                if " \t\n\r\x0b\x0c".contains(c) {
                    continue;
                }
                if c == '#' {
                    while let Some(c) = self.next() {
                        if c == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            let item = match c {
                '\\' => self.escape(start, flags)?,
                '[' => self.set(start, flags)?,
                '.' => Node::Any(flags & DOTALL != 0),
                '^' => Node::Anchor(Anchor::Start(flags & MULTILINE != 0)),
                '$' => Node::Anchor(Anchor::End(flags & MULTILINE != 0)),
                '(' => match self.group(start, flags, depth, top && items.is_empty())? {
                    Some(node) => node,
                    None => {
                        flags = self.flags;
                        continue;
                    }
                },
                '*' | '+' | '?' | '{' => {
                    let Some((min, max)) = self.repeat_bounds(c)? else {
                        items.push(Node::Char('{'));
                        continue;
                    };
                    let greed = if self.eat('?') {
                        Greed::Lazy
                    } else if self.eat('+') {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    let body = match items.pop() {
                        None | Some(Node::Anchor(_)) => return err("nothing to repeat", start),
                        Some(Node::Repeat { .. }) => return err("multiple repeat", start),
                        Some(n) => n,
                    };
                    Node::Repeat {
                        min,
                        max,
                        greed,
                        body: Box::new(body),
                    }
                }
                c => Node::Char(c),
            };
            items.push(if flags & (ASCII | IGNORECASE) == ASCII | IGNORECASE {
                ascii_fold(item)
            } else {
                item
            });
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Seq(Vec::new()))
        } else {
            Node::Seq(items)
        })
    }

    /// The bounds of the quantifier starting with `c` (already read); `None` for a
    /// `{` that does not start one (it is then a literal).
    fn repeat_bounds(&mut self, c: char) -> PResult<Option<(u64, Option<u64>)>> {
        Ok(Some(match c {
            '*' => (0, None),
            '+' => (1, None),
            '?' => (0, Some(1)),
            _ => {
                let here = self.i;
                let lo = self.digits();
                let hi = if self.eat(',') {
                    Some(self.digits())
                } else {
                    None
                };
                if !self.eat('}') || (lo.is_empty() && hi.is_none()) {
                    self.i = here;
                    return Ok(None);
                }
                let count = |t: &str| -> PResult<u64> {
                    match t.parse::<u64>() {
                        Ok(n) if n < MAXREPEAT => Ok(n),
                        _ => Err(SyntaxError::Overflow(
                            "the repetition number is too large".into(),
                        )),
                    }
                };
                let min = if lo.is_empty() { 0 } else { count(&lo)? };
                let max = match hi {
                    None => Some(min),
                    Some(h) if h.is_empty() => None,
                    Some(h) => Some(count(&h)?),
                };
                if max.is_some_and(|m| m < min) {
                    return err("min repeat greater than max repeat", here);
                }
                (min, max)
            }
        }))
    }

    fn digits(&mut self) -> String {
        let mut out = String::new();
        while let Some(c) = self.peek().filter(char::is_ascii_digit) {
            out.push(c);
            self.i += 1;
        }
        out
    }

    /// Up to `n` characters satisfying `f`.
    fn take_while(&mut self, n: usize, f: fn(&char) -> bool) -> String {
        let mut out = String::new();
        while out.len() < n {
            match self.peek().filter(f) {
                Some(c) => {
                    out.push(c);
                    self.i += 1;
                }
                None => break,
            }
        }
        out
    }

    /// The text from `start` to the current position.
    fn text(&self, start: usize) -> String {
        self.s[start..self.i].iter().collect()
    }

    /// An escape that means one character in either context (`\n`, `\x41`, `\0`,
    /// ...); `Ok(None)` when `c` starts no such escape.
    fn char_escape(&mut self, start: usize, c: char) -> PResult<Option<char>> {
        let simple = match c {
            'a' => Some('\x07'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            '\\' => Some('\\'),
            _ => None,
        };
        if simple.is_some() {
            return Ok(simple);
        }
        let digits = match c {
            'x' => 2,
            'u' | 'U' | 'N' if self.bytes => return Ok(None),
            'u' => 4,
            'U' => 8,
            'N' => {
                return Err(SyntaxError::Unsupported(
                    "genpy's re does not support \\N{...} escapes (no Unicode name database)"
                        .into(),
                ))
            }
            _ => return Ok(None),
        };
        let hex = self.take_while(digits, char::is_ascii_hexdigit);
        if hex.len() != digits {
            return err(format!("incomplete escape {}", self.text(start)), start);
        }
        match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
            Some(ch) => Ok(Some(ch)),
            None => err(format!("bad escape {}", self.text(start)), start),
        }
    }

    /// An octal escape whose first digit `first` has been read.
    fn octal(&mut self, start: usize, first: char) -> PResult<char> {
        let rest = self.take_while(2, |c| ('0'..='7').contains(c));
        let value = u32::from_str_radix(&format!("{first}{rest}"), 8).unwrap_or(0);
        if value > 0o377 {
            return err(
                format!(
                    "octal escape value {} outside of range 0-0o377",
                    self.text(start)
                ),
                start,
            );
        }
        Ok(char::from_u32(value).unwrap_or('\0'))
    }

    /// An escape outside a set; the backslash at `start` has been read.
    fn escape(&mut self, start: usize, flags: u32) -> PResult<Node> {
        let Some(c) = self.next() else {
            return err("bad escape (end of pattern)", start);
        };
        let ascii = flags & ASCII != 0;
        if let Some(ch) = self.char_escape(start, c)? {
            return Ok(Node::Char(ch));
        }
        Ok(match c {
            'A' => Node::Anchor(Anchor::TextStart),
            'Z' => Node::Anchor(Anchor::TextEnd),
            'b' => Node::Anchor(Anchor::Word(true, ascii)),
            'B' => Node::Anchor(Anchor::Word(false, ascii)),
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => Node::Category(Category {
                kind: c.to_ascii_lowercase(),
                negated: c.is_ascii_uppercase(),
                ascii,
            }),
            '0' => Node::Char(self.octal(start, '0')?),
            '1'..='9' => {
                let octal = |c: Option<char>| c.is_some_and(|c| ('0'..='7').contains(&c));
                if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    if octal(Some(c))
                        && octal(self.peek())
                        && octal(self.s.get(self.i + 1).copied())
                    {
                        return Ok(Node::Char(self.octal(start, c)?));
                    }
                    self.i += 1;
                }
                let group: usize = self.text(start + 1).parse().unwrap_or(0);
                if group >= self.widths.len() {
                    return err(format!("invalid group reference {group}"), start + 1);
                }
                self.check_reference(group, start, self.i)?;
                Node::Backref(group)
            }
            c if c.is_ascii_alphabetic() => {
                return err(format!("bad escape \\{c}"), start);
            }
            c => Node::Char(c),
        })
    }

    /// Checks a reference to group `g`: the group must be closed (else the error is
    /// at `pos`) and, inside a lookbehind, defined before it (else at `end`).
    fn check_reference(&self, g: usize, pos: usize, end: usize) -> PResult<()> {
        if self.open.contains(&g) {
            return err("cannot refer to an open group", pos);
        }
        self.check_lookbehind(g, end)
    }

    /// Inside a lookbehind, a group referred to must be defined before it.
    fn check_lookbehind(&self, g: usize, pos: usize) -> PResult<()> {
        if self.lookbehind_from.is_some_and(|from| g > from) {
            return err(
                "cannot refer to group defined in the same lookbehind subpattern",
                pos,
            );
        }
        Ok(())
    }

    /// An escape inside a set: a character or a category.
    fn set_escape(&mut self, start: usize, flags: u32) -> PResult<SetItem> {
        let Some(c) = self.next() else {
            return err("unterminated character set", start);
        };
        if c == 'b' {
            return Ok(SetItem::Char('\x08'));
        }
        if let Some(ch) = self.char_escape(start, c)? {
            return Ok(SetItem::Char(ch));
        }
        match c {
            'd' | 'D' | 's' | 'S' | 'w' | 'W' => Ok(SetItem::Category(Category {
                kind: c.to_ascii_lowercase(),
                negated: c.is_ascii_uppercase(),
                ascii: flags & ASCII != 0,
            })),
            '0'..='7' => Ok(SetItem::Char(self.octal(start, c)?)),
            c if c.is_ascii_alphanumeric() => err(format!("bad escape \\{c}"), start),
            c => Ok(SetItem::Char(c)),
        }
    }

    /// A `[...]` set; the `[` at `start` has been read.
    fn set(&mut self, start: usize, flags: u32) -> PResult<Node> {
        let negate = self.eat('^');
        let mut items = Vec::new();
        loop {
            let here = self.i;
            let first = match self.next() {
                None => return err("unterminated character set", start),
                Some(']') if !items.is_empty() => break,
                Some('\\') => self.set_escape(here, flags)?,
                Some(c) => SetItem::Char(c),
            };
            let first_text = self.text(here);
            if self.peek() != Some('-') {
                items.push(first);
                continue;
            }
            self.i += 1;
            let there = self.i;
            let last = match self.next() {
                None => return err("unterminated character set", start),
                Some(']') => {
                    items.push(first);
                    items.push(SetItem::Char('-'));
                    break;
                }
                Some('\\') => self.set_escape(there, flags)?,
                Some(c) => SetItem::Char(c),
            };
            match (first, last) {
                (SetItem::Char(lo), SetItem::Char(hi)) if lo <= hi => {
                    items.push(SetItem::Range(lo, hi))
                }
                _ => {
                    return err(
                        format!("bad character range {first_text}-{}", self.text(there)),
                        here,
                    )
                }
            }
        }
        Ok(Node::Set(negate, items))
    }

    /// A group name up to `end`, read after its opening.
    fn name(&mut self, end: char) -> PResult<String> {
        let from = self.i;
        loop {
            match self.next() {
                None if self.i == from => return err("missing group name", self.i),
                None => {
                    return err(format!("missing {end}, unterminated name"), from);
                }
                Some(c) if c == end => {
                    if self.i == from + 1 {
                        return err("missing group name", from);
                    }
                    return Ok(self.s[from..self.i - 1].iter().collect());
                }
                Some(_) => {}
            }
        }
    }

    fn group_named(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    /// A `(...)` construct; the `(` at `start` has been read. `Ok(None)` for global
    /// flags (`(?i)`), which change `self.flags`.
    fn group(
        &mut self,
        start: usize,
        flags: u32,
        depth: usize,
        first: bool,
    ) -> PResult<Option<Node>> {
        let mut capture = true;
        let mut name = None;
        let mut inner_flags = flags;
        let mut atomic = false;
        if self.eat('?') {
            let Some(c) = self.next() else {
                return err("unexpected end of pattern", self.i);
            };
            match c {
                'P' => {
                    if self.eat('<') {
                        let n = self.name('>')?;
                        if !is_identifier(&n) {
                            return err(
                                format!("bad character in group name {}", py_repr(&n)),
                                self.i - n.chars().count() - 1,
                            );
                        }
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.name(')')?;
                        let pos = self.i - n.chars().count() - 1;
                        if !is_identifier(&n) {
                            return err(
                                format!("bad character in group name {}", py_repr(&n)),
                                pos,
                            );
                        }
                        let Some(g) = self.group_named(&n) else {
                            return err(format!("unknown group name {}", py_repr(&n)), pos);
                        };
                        self.check_reference(g, pos, self.i)?;
                        return Ok(Some(Node::Backref(g)));
                    } else {
                        return match self.next() {
                            None => err("unexpected end of pattern", self.i),
                            Some(c) => err(format!("unknown extension ?P{c}"), start + 1),
                        };
                    }
                }
                ':' => capture = false,
                '#' => loop {
                    match self.next() {
                        None => return err("missing ), unterminated comment", start),
                        Some(')') => return Ok(Some(Node::Seq(Vec::new()))),
                        Some(_) => {}
                    }
                },
                '=' | '!' | '<' => {
                    let (behind, kind) = if c == '<' {
                        match self.next() {
                            None => return err("unexpected end of pattern", self.i),
                            Some(k @ ('=' | '!')) => (true, k),
                            Some(k) => return err(format!("unknown extension ?<{k}"), start + 1),
                        }
                    } else {
                        (false, c)
                    };
                    let outer = self.lookbehind_from;
                    if behind && outer.is_none() {
                        self.lookbehind_from = Some(self.widths.len() - 1);
                    }
                    self.lookaheads += usize::from(!behind);
                    let body = self.alternation(flags, depth + 1, false);
                    self.lookaheads -= usize::from(!behind);
                    let body = body?;
                    self.lookbehind_from = outer;
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    if behind {
                        let (lo, hi) = width(&body, &self.widths);
                        if hi != Some(lo) {
                            return Err(SyntaxError::Re(
                                "look-behind requires fixed-width pattern".into(),
                                None,
                            ));
                        }
                    }
                    return Ok(Some(Node::Look {
                        behind,
                        negate: kind == '!',
                        body: Box::new(body),
                    }));
                }
                '(' => return self.conditional(start, flags, depth).map(Some),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c if "aiLmsux-".contains(c) => {
                    match self.inline_flags(c)? {
                        None => {
                            if !first {
                                return err(
                                    "global flags not at the start of the expression",
                                    start,
                                );
                            }
                            return Ok(None);
                        }
                        Some((on, off)) => inner_flags = (flags | on) & !off,
                    }
                    capture = false;
                }
                c => return err(format!("unknown extension ?{c}"), start + 1),
            }
        }
        let group = if capture {
            let g = self.widths.len();
            if g > MAXGROUPS {
                return err("too many groups", start);
            }
            if let Some(n) = name {
                if let Some(was) = self.group_named(&n) {
                    return err(
                        format!(
                            "redefinition of group name {} as group {g}; was group {was}",
                            py_repr(&n)
                        ),
                        start + 4,
                    );
                }
                self.names.push((n, g));
            }
            self.parents.push(self.open.last().copied());
            self.ahead.push(self.lookaheads > 0);
            self.open.push(g);
            self.widths.push(None);
            Some(g)
        } else {
            None
        };
        let body = self.alternation(inner_flags, depth + 1, false)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        if let Some(g) = group {
            self.open.retain(|&o| o != g);
            self.widths[g] = Some(width(&body, &self.widths));
        }
        let mut node = if atomic {
            Node::Atomic(Box::new(body))
        } else {
            Node::Group(group, Box::new(body))
        };
        if engine_folds(inner_flags) != engine_folds(flags) {
            node = Node::Case(engine_folds(inner_flags), Box::new(node));
        }
        Ok(Some(node))
    }

    /// `(?(group)yes|no)`; `(?(` has been read.
    fn conditional(&mut self, start: usize, flags: u32, depth: usize) -> PResult<Node> {
        let name = self.name(')')?;
        let pos = self.i - name.chars().count() - 1;
        let group = if is_identifier(&name) {
            match self.group_named(&name) {
                Some(g) => g,
                None => return err(format!("unknown group name {}", py_repr(&name)), pos),
            }
        } else {
            let g: usize = match name.parse() {
                Ok(g) if name.chars().all(|c| c.is_ascii_digit()) => g,
                _ => {
                    return err(
                        format!("bad character in group name {}", py_repr(&name)),
                        pos,
                    )
                }
            };
            if g == 0 {
                return err("bad group number", pos);
            }
            if g >= MAXGROUPS {
                return err(format!("invalid group reference {g}"), pos);
            }
            self.forward_refs.push((g, pos));
            g
        };
        self.check_lookbehind(group, self.i)?;
        let yes = self.sequence(flags, depth + 1, false)?;
        let no = if self.eat('|') {
            let no = self.sequence(flags, depth + 1, false)?;
            if self.peek() == Some('|') {
                return err("conditional backref with more than two branches", self.i);
            }
            Some(Box::new(no))
        } else {
            None
        };
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Cond(group, Box::new(yes), no))
    }

    /// Inline flags after `(?`, starting with `c`: `None` for global flags (`(?i)`,
    /// added to `self.flags`), else the flags turned on and off for the group.
    fn inline_flags(&mut self, mut c: char) -> PResult<Option<(u32, u32)>> {
        let flag = |c: char| match c {
            'a' => ASCII,
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'u' => UNICODE,
            'x' => VERBOSE,
            _ => 0,
        };
        let type_flags = ASCII | LOCALE | UNICODE;
        let mut on = 0;
        if c != '-' {
            loop {
                if c == 'L' && !self.bytes {
                    return err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        self.i,
                    );
                }
                if c == 'u' && self.bytes {
                    return err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        self.i,
                    );
                }
                on |= flag(c);
                if flag(c) & type_flags != 0 && on & type_flags != flag(c) {
                    return err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.i,
                    );
                }
                match self.next() {
                    None => return err("missing -, : or )", self.i),
                    Some(n @ (')' | '-' | ':')) => {
                        c = n;
                        break;
                    }
                    Some(n) if flag(n) != 0 => c = n,
                    Some(n) => {
                        let msg = if n.is_alphabetic() {
                            "unknown flag"
                        } else {
                            "missing -, : or )"
                        };
                        return err(msg, self.i - 1);
                    }
                }
            }
        }
        if c == ')' {
            self.flags |= on;
            self.global_flags |= on;
            return Ok(None);
        }
        let mut off = 0;
        if c == '-' {
            match self.next() {
                None => return err("missing flag", self.i),
                Some(n) if flag(n) != 0 => c = n,
                Some(n) => {
                    let msg = if n.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing flag"
                    };
                    return err(msg, self.i - 1);
                }
            }
            loop {
                if flag(c) & type_flags != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    );
                }
                off |= flag(c);
                match self.next() {
                    None => return err("missing :", self.i),
                    Some(':') => break,
                    Some(n) if flag(n) != 0 => c = n,
                    Some(n) => {
                        let msg = if n.is_alphabetic() {
                            "unknown flag"
                        } else {
                            "missing :"
                        };
                        return err(msg, self.i - 1);
                    }
                }
            }
        }
        if on & off != 0 {
            return err("bad inline flags: flag turned on and off", self.i - 1);
        }
        Ok(Some((on, off)))
    }
}

/// Whether the engine's own case folding applies: IGNORECASE without ASCII. Under
/// ASCII, only ASCII letters fold, which [`ascii_fold`] spells out.
fn engine_folds(flags: u32) -> bool {
    flags & (IGNORECASE | ASCII) == IGNORECASE
}

/// The other case of an ASCII letter.
fn other_case(c: char) -> Option<char> {
    match c {
        'a'..='z' => Some(c.to_ascii_uppercase()),
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        _ => None,
    }
}

/// A literal or set made to match ASCII letters in either case (IGNORECASE under
/// ASCII); a backreference ignoring case.
fn ascii_fold(node: Node) -> Node {
    match node {
        Node::Char(c) => match other_case(c) {
            Some(o) => Node::Set(false, vec![SetItem::Char(c), SetItem::Char(o)]),
            None => Node::Char(c),
        },
        Node::Set(negate, mut items) => {
            let mut extra = Vec::new();
            for item in &items {
                match *item {
                    SetItem::Char(c) => extra.extend(other_case(c).map(SetItem::Char)),
                    SetItem::Range(a, b) => {
                        for (lo, hi) in [('a', 'z'), ('A', 'Z')] {
                            let (from, to) = (a.max(lo), b.min(hi));
                            if let (true, Some(f), Some(t)) =
                                (from <= to, other_case(from), other_case(to))
                            {
                                extra.push(SetItem::Range(f, t));
                            }
                        }
                    }
                    SetItem::Category(_) => {}
                }
            }
            items.extend(extra);
            Node::Set(negate, items)
        }
        // The engine compares a backreference ignoring case only in its own
        // folding, which is the nearest it has.
        Node::Backref(g) => Node::Case(true, Box::new(Node::Backref(g))),
        other => other,
    }
}

/// `repr()` of a group name in a message.
fn py_repr(s: &str) -> String {
    crate::objects::str::repr_str(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine(p: &str) -> String {
        parse(p, 0, false).unwrap().engine
    }

    fn error(p: &str) -> (String, Option<usize>) {
        match parse(p, 0, false) {
            Err(SyntaxError::Re(m, pos)) => (m, pos),
            other => panic!("{p}: {other:?}"),
        }
    }

    #[test]
    fn translates_python_meanings() {
        assert_eq!(engine("a.b$"), r"a.b(?=\n?\z)");
        assert_eq!(engine(r"\Z"), r"\z");
        assert_eq!(engine("(?P<x>a)(?P=x)"), r"(a)(?:\1)");
        assert_eq!(engine("a{2,}?"), "a{2,}?");
        assert_eq!(engine("(?:ab)*(?i:c)+"), "(?:ab)*(?i:c)+");
        assert_eq!(engine("a{,"), r"a\u{7b}\u{2c}");
        assert_eq!(parse("a b #c\n", VERBOSE, false).unwrap().engine, "ab");
    }

    #[test]
    fn reports_cpython_errors() {
        assert_eq!(
            error("(a"),
            ("missing ), unterminated subpattern".into(), Some(0))
        );
        assert_eq!(error("a**"), ("multiple repeat".into(), Some(2)));
        assert_eq!(
            error(r"(a)\2"),
            ("invalid group reference 2".into(), Some(4))
        );
        assert_eq!(error("(?P<a>x)(?P<a>y)").1, Some(12));
        assert_eq!(error("a(?i)b").1, Some(1));
        assert_eq!(error("(?<x)"), ("unknown extension ?<x".into(), Some(1)));
    }

    #[test]
    fn refuses_what_genpy_lacks() {
        assert!(matches!(
            parse(r"\N{DASH}", 0, false),
            Err(SyntaxError::Unsupported(_))
        ));
        assert!(matches!(
            parse("a", 128, false),
            Err(SyntaxError::Unsupported(_))
        ));
        assert!(matches!(
            parse("a", LOCALE, false),
            Err(SyntaxError::Value(_))
        ));
    }
}
