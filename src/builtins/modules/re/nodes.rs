//! The tree a pattern parses into ([`Node`]), between the parser of Python's
//! syntax (`syntax.rs`) and the writer of the engine's (`emit.rs`), and the width
//! of a node, which look-behinds need fixed.

/// How a repeat backtracks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Greed {
    /// `*`: as many as possible, then fewer.
    Greedy,
    /// `*?`: as few as possible, then more.
    Lazy,
    /// `*+`: as many as possible, never fewer.
    Possessive,
}

/// A class escape: `\d`, `\w`, `\s` (or their negations), in Unicode or ASCII.
#[derive(Debug, Clone, Copy)]
pub struct Category {
    /// `d`, `w` or `s`.
    pub kind: char,
    /// `\D`, `\W`, `\S`.
    pub negated: bool,
    /// Under the ASCII flag.
    pub ascii: bool,
}

impl Category {
    /// The characters of the positive class, as the inside of a `[...]`.
    pub fn items(self) -> &'static str {
        match (self.kind, self.ascii) {
            ('d', false) => r"\p{Nd}",
            ('d', true) => "0-9",
            ('w', false) => r"\p{L}\p{N}_",
            ('w', true) => "0-9A-Za-z_",
            ('s', false) => r"\s\u{1c}-\u{1f}",
            _ => r"\t\n\u{b}\u{c}\r ",
        }
    }

    /// The class as a whole `[...]`.
    pub fn class(self) -> String {
        format!("[{}{}]", if self.negated { "^" } else { "" }, self.items())
    }
}

/// One member of a `[...]` set.
#[derive(Debug)]
pub enum SetItem {
    /// One character.
    Char(char),
    /// `a-z`.
    Range(char, char),
    /// `\d`, `\w`, ...
    Category(Category),
}

/// A zero-width assertion.
#[derive(Debug, Clone, Copy)]
pub enum Anchor {
    /// `^`, multiline or not.
    Start(bool),
    /// `$`, multiline or not.
    End(bool),
    /// `\A`.
    TextStart,
    /// `\Z`.
    TextEnd,
    /// `\b` (true) or `\B`, ASCII or not.
    Word(bool, bool),
}

/// The parsed pattern.
#[derive(Debug)]
pub enum Node {
    /// A literal character.
    Char(char),
    /// `.`, matching a newline too under DOTALL (true).
    Any(bool),
    /// `[...]`, negated or not.
    Set(bool, Vec<SetItem>),
    /// `\d`, `\w`, `\s` and their negations outside a set.
    Category(Category),
    /// `^`, `$`, `\A`, `\Z`, `\b`, `\B`.
    Anchor(Anchor),
    /// Items one after another.
    Seq(Vec<Node>),
    /// Branches separated by `|`.
    Alt(Vec<Node>),
    /// `(...)` with its number, or `(?:...)`.
    Group(Option<usize>, Box<Node>),
    /// The body matched ignoring case (true) or not, by the engine's folding.
    Case(bool, Box<Node>),
    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`.
    Look {
        /// A look-behind.
        behind: bool,
        /// Negative.
        negate: bool,
        /// What is looked for.
        body: Box<Node>,
    },
    /// `(?>...)`.
    Atomic(Box<Node>),
    /// `\1`, `(?P=name)`.
    Backref(usize),
    /// `(?(group)yes|no)`.
    Cond(usize, Box<Node>, Option<Box<Node>>),
    /// A quantified item.
    Repeat {
        /// The least count.
        min: u64,
        /// The most, `None` for unbounded.
        max: Option<u64>,
        /// How it backtracks.
        greed: Greed,
        /// What is repeated.
        body: Box<Node>,
    },
}

/// The width of a node in characters: (least, most or None for unbounded).
pub type Width = Option<(u64, Option<u64>)>;

/// The width of `node`, given the widths of the groups closed so far (`None` for
/// one still open).
pub fn width(node: &Node, groups: &[Width]) -> (u64, Option<u64>) {
    match node {
        Node::Char(_) | Node::Any(_) | Node::Set(..) | Node::Category(_) => (1, Some(1)),
        Node::Anchor(_) | Node::Look { .. } => (0, Some(0)),
        Node::Seq(items) => items.iter().fold((0, Some(0)), |(lo, hi), n| {
            let (a, b) = width(n, groups);
            (
                lo.saturating_add(a),
                hi.zip(b).map(|(x, y)| x.saturating_add(y)),
            )
        }),
        Node::Alt(items) => items
            .iter()
            .map(|n| width(n, groups))
            .reduce(|(lo, hi), (a, b)| (lo.min(a), hi.zip(b).map(|(x, y)| x.max(y))))
            .unwrap_or((0, Some(0))),
        Node::Group(_, b) | Node::Case(_, b) | Node::Atomic(b) => width(b, groups),
        Node::Backref(g) => groups.get(*g).copied().flatten().unwrap_or((0, None)),
        Node::Cond(_, yes, no) => {
            let (a, b) = width(yes, groups);
            let (c, d) = no.as_ref().map_or((0, Some(0)), |n| width(n, groups));
            (a.min(c), b.zip(d).map(|(x, y)| x.max(y)))
        }
        Node::Repeat { min, max, body, .. } => {
            let (a, b) = width(body, groups);
            (
                a.saturating_mul(*min),
                match (b, max) {
                    (Some(0), _) => Some(0),
                    (Some(b), Some(m)) => Some(b.saturating_mul(*m)),
                    _ => None,
                },
            )
        }
    }
}
