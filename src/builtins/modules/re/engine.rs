//! The compiled form of a pattern on the `fancy-regex` engine, and the searches the
//! `re` API is made of: `match` (anchored at `pos`), `fullmatch`, `search`, and the
//! successive matches of `finditer`/`sub`/`split` with CPython 3.7+'s rule for empty
//! matches (after an empty match, the next match may not be empty at that same
//! place, but a non-empty one may start there). Positions here are byte offsets;
//! [`Chars`] turns them into the character positions Python shows.

use std::cell::OnceCell;

use fancy_regex::{Regex, RegexBuilder, RegexInput};

use super::pattern_syntax::{self, Parsed, SyntaxError};

/// Where a match must be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    /// Anywhere from `pos` on (`search`).
    Search,
    /// Starting at `pos` (`match`).
    Match,
    /// Starting at `pos` and ending at `endpos` (`fullmatch`).
    Full,
}

/// The spans of a match, group 0 first, as byte offsets; `None` for a group that
/// did not take part.
pub type Spans = Vec<Option<(usize, usize)>>;

/// A pattern compiled for the engine.
#[derive(Debug)]
pub struct Engine {
    /// What the parser found: group count, names, flags, the engine's pattern.
    pub parsed: Parsed,
    regex: Regex,
    /// The pattern followed by `\z`, for fullmatch (built on first use).
    full: OnceCell<Result<Regex, String>>,
    /// The pattern refusing empty matches, for the search after an empty match;
    /// `None` when it can only match empty.
    not_empty: OnceCell<Option<Regex>>,
}

/// Python's unlimited backtracking, bounded so a runaway pattern ends with an error.
const BACKTRACK_LIMIT: usize = 50_000_000;

/// The engine's bound on the automaton of a pattern (10 MiB by default, which a
/// Unicode `\w{1000}` passes), raised so that what CPython compiles compiles here.
const SIZE_LIMIT: usize = 1 << 28;

fn build(pattern: &str, not_empty: bool) -> Result<Regex, String> {
    RegexBuilder::new(pattern)
        .backtrack_limit(BACKTRACK_LIMIT)
        .delegate_size_limit(SIZE_LIMIT)
        .find_not_empty(not_empty)
        .build()
        .map_err(|e| e.to_string())
}

/// The error a failed run of the engine raises.
fn runtime_error(e: fancy_regex::Error) -> String {
    format!("regular expression engine gave up: {e} (genpy's backtracking limit)")
}

impl Engine {
    /// The number of the group called `name`.
    pub fn group_named(&self, name: &str) -> Option<usize> {
        self.parsed
            .names
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, g)| *g)
    }

    /// The name of group `g`, if it has one.
    pub fn group_name(&self, g: usize) -> Option<&str> {
        self.parsed
            .names
            .iter()
            .find(|(_, n)| *n == g)
            .map(|(name, _)| name.as_str())
    }

    /// Parses and compiles `pattern` (the Latin-1 text of a bytes pattern when
    /// `bytes`) under `flags`.
    pub fn new(pattern: &str, flags: u32, bytes: bool) -> Result<Engine, SyntaxError> {
        let parsed = pattern_syntax::parse(pattern, flags, bytes)?;
        // CPython compiles what the parser accepted, so a refusal here is genpy's
        // limit (nesting deeper than the engine's 64 levels, a look-behind it
        // cannot measure), not a bad pattern.
        let regex = build(&parsed.engine, false).map_err(|e| {
            SyntaxError::Unsupported(format!(
                "genpy's regex engine cannot compile this pattern: {e}"
            ))
        })?;
        Ok(Engine {
            parsed,
            regex,
            full: OnceCell::new(),
            not_empty: OnceCell::new(),
        })
    }

    fn full(&self) -> Result<&Regex, String> {
        self.full
            .get_or_init(|| build(&format!("(?:{})\\z", self.parsed.engine), false))
            .as_ref()
            .map_err(Clone::clone)
    }

    fn not_empty(&self) -> Option<&Regex> {
        self.not_empty
            .get_or_init(|| build(&self.parsed.engine, true).ok())
            .as_ref()
    }

    /// The first match in `hay` (the text cut at `endpos`) as `mode` asks, from
    /// byte `pos`.
    pub fn find(&self, hay: &str, pos: usize, mode: Mode) -> Result<Option<Spans>, String> {
        let regex = match mode {
            Mode::Full => self.full()?,
            _ => &self.regex,
        };
        run(regex, hay, pos, mode != Mode::Search, self.parsed.groups)
    }

    /// The next match of a scan at `pos`: after an empty match (`must_advance`), an
    /// empty match at `pos` does not count.
    pub fn next(&self, hay: &str, pos: usize, must_advance: bool) -> Result<Option<Spans>, String> {
        if !must_advance {
            return run(&self.regex, hay, pos, false, self.parsed.groups);
        }
        if let Some(ne) = self.not_empty() {
            if let Some(spans) = run(ne, hay, pos, true, self.parsed.groups)? {
                return Ok(Some(spans));
            }
        }
        match hay[pos..].chars().next() {
            Some(c) => run(
                &self.regex,
                hay,
                pos + c.len_utf8(),
                false,
                self.parsed.groups,
            ),
            None => Ok(None),
        }
    }
}

fn run(
    regex: &Regex,
    hay: &str,
    pos: usize,
    anchored: bool,
    groups: usize,
) -> Result<Option<Spans>, String> {
    if pos > hay.len() {
        return Ok(None);
    }
    let input = RegexInput::new(hay).from_pos(pos).anchored(anchored);
    let caps = regex.captures_input(input).map_err(runtime_error)?;
    Ok(caps.map(|c| {
        (0..=groups)
            .map(|i| c.get(i).map(|m| (m.start(), m.end())))
            .collect()
    }))
}

/// Turns byte offsets of one text into character offsets and back, moving a
/// cursor so that nearby offsets in turn cost little (and ASCII text nothing).
#[derive(Debug, Clone, Copy)]
pub struct Chars {
    ascii: bool,
    byte: usize,
    ch: usize,
}

impl Chars {
    /// A converter for a text, all ASCII or not.
    pub fn new(ascii: bool) -> Chars {
        Chars {
            ascii,
            byte: 0,
            ch: 0,
        }
    }

    /// The character offset of byte offset `b` (a character boundary) of `text`.
    pub fn of(&mut self, text: &str, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b >= self.byte {
            self.ch += text[self.byte..b].chars().count();
        } else {
            self.ch -= text[b..self.byte].chars().count();
        }
        self.byte = b;
        self.ch
    }

    /// The byte offset of character offset `c` of `text` (its length past the end).
    pub fn byte_of(&mut self, text: &str, c: usize) -> usize {
        if self.ascii {
            return c.min(text.len());
        }
        if c == 0 {
            (self.byte, self.ch) = (0, 0);
            return 0;
        }
        let b = if c >= self.ch {
            text[self.byte..]
                .char_indices()
                .nth(c - self.ch)
                .map_or(text.len(), |(i, _)| self.byte + i)
        } else {
            text[..self.byte]
                .char_indices()
                .rev()
                .nth(self.ch - c - 1)
                .map_or(0, |(i, _)| i)
        };
        self.of(text, b);
        b
    }

    /// The spans in characters.
    pub fn spans(&mut self, text: &str, spans: &Spans) -> Spans {
        spans
            .iter()
            .map(|s| s.map(|(a, b)| (self.of(text, a), self.of(text, b))))
            .collect()
    }
}
