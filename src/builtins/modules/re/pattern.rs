//! `re.Pattern`: a compiled pattern and its methods (`match`, `fullmatch`, `search`,
//! `findall`, `finditer`, `sub`, `subn`, `split`), which the module-level functions
//! of `re` call after compiling (or finding in the cache) their pattern; the lazy
//! `finditer` iterator.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::engine::{Chars, Engine, Mode, Spans};
use super::matchobj::Match;
use super::pattern_syntax::{ASCII, LOCALE, UNICODE};
use super::template::{self, Piece};
use super::text::Text;
use super::{bind, template_error};
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{Dict, ExcKind, HashKey, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

thread_local! {
    static PATTERN_CLASS: Rc<Class> = {
        let c = Class::native("re", "Pattern", BuiltinType::Native, vec![types().object.clone()], None);
        c.add_methods(METHODS);
        c.constructor.set(Some(|_, _, _, _| Err(super::cannot_create("re.Pattern"))));
        c
    };
}

/// The `re.Pattern` class.
pub fn class() -> Rc<Class> {
    PATTERN_CLASS.with(Rc::clone)
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("match", match_),
    MethodDef::new("fullmatch", fullmatch),
    MethodDef::new("search", search),
    MethodDef::new("findall", findall),
    MethodDef::new("finditer", finditer),
    MethodDef::new("sub", sub),
    MethodDef::new("subn", subn),
    MethodDef::new("split", split),
];

/// A compiled pattern.
#[derive(Debug)]
pub struct Pattern {
    /// The pattern string as given.
    pub source: Text,
    /// The compiled pattern, shared with the matches it makes.
    pub engine: Rc<Engine>,
}

impl NativeObject for Pattern {
    fn class(&self) -> Rc<Class> {
        class()
    }

    fn type_name(&self) -> &'static str {
        "re.Pattern"
    }

    fn repr(&self, _: &mut Vm) -> Option<PyResult<String>> {
        let text = self.source.repr_of(self.source.as_str(), 200);
        let mut flags = self.engine.parsed.flags;
        if flags & (LOCALE | UNICODE | ASCII) == UNICODE {
            flags &= !UNICODE;
        }
        if flags == 0 {
            return Some(Ok(format!("re.compile({text})")));
        }
        let mut names: Vec<String> = FLAG_NAMES
            .iter()
            .filter(|(bit, _)| flags & bit != 0)
            .map(|(_, n)| format!("re.{n}"))
            .collect();
        let known: u32 = FLAG_NAMES.iter().map(|(b, _)| b).sum();
        if flags & !known != 0 {
            names.push(format!("{:#x}", flags & !known));
        }
        Some(Ok(format!("re.compile({text}, {})", names.join("|"))))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        let parsed = &self.engine.parsed;
        Some(match name {
            "pattern" => self.source.value.clone(),
            "flags" => Value::Int(parsed.flags as i64),
            "groups" => Value::Int(parsed.groups as i64),
            "groupindex" => {
                let mut d = Dict::default();
                for (n, g) in &parsed.names {
                    d.insert(HashKey::new(Value::str(n)).ok()?, Value::Int(*g as i64));
                }
                Value::dict(d)
            }
            _ => return None,
        })
    }

    fn equals(&self, _: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        let o = other.downcast::<Pattern>()?;
        Some(Ok(o.engine.parsed.flags == self.engine.parsed.flags
            && o.source.is_bytes() == self.source.is_bytes()
            && o.source.as_str() == self.source.as_str()))
    }

    fn hash(&self) -> Option<PyResult<i64>> {
        let h = crate::objects::dict::py_hash(&self.source.value);
        Some(h.map(|h| h ^ self.engine.parsed.flags as i64))
    }
}

/// The flags in the order a pattern's repr lists them (by bit).
const FLAG_NAMES: &[(u32, &str)] = &[
    (1, "TEMPLATE"),
    (2, "IGNORECASE"),
    (4, "LOCALE"),
    (8, "MULTILINE"),
    (16, "DOTALL"),
    (32, "UNICODE"),
    (64, "VERBOSE"),
    (128, "DEBUG"),
    (256, "ASCII"),
];

/// The string a pattern is applied to, with `pos` and `endpos` clamped as CPython
/// does, in characters and in bytes.
#[derive(Debug)]
struct Subject {
    string: Text,
    /// A cursor at `pos`, to convert the spans of matches.
    chars: Chars,
    pos: usize,
    endpos: usize,
    pos_b: usize,
    end_b: usize,
}

impl Subject {
    fn text(&self) -> &str {
        self.string.as_str()
    }

    /// The text as the engine sees it: cut at `endpos`.
    fn hay(&self) -> &str {
        &self.text()[..self.end_b]
    }
}

/// The text of a subject string for pattern `p`, or the TypeError CPython raises.
fn check_string(p: &Pattern, v: &Value) -> PyResult<Text> {
    let msg = match Text::new(v) {
        Some(t) if t.is_bytes() == p.engine.parsed.bytes => return Ok(t),
        Some(t) if t.is_bytes() => "cannot use a string pattern on a bytes-like object".into(),
        Some(_) => "cannot use a bytes pattern on a string-like object".into(),
        None => format!(
            "expected string or bytes-like object, got '{}'",
            v.type_name()
        ),
    };
    Err(PyErr::new(ExcKind::TypeError, msg))
}

fn subject(
    p: &Pattern,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Subject> {
    let string = check_string(p, string)?;
    let text = string.as_str();
    let ascii = string.is_ascii();
    let len = string.char_len();
    let clamp = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None => Ok(default),
            Some(v) => {
                let n = crate::objects::args::int(v, "")?;
                Ok(n.clamp(0, len as i64) as usize)
            }
        }
    };
    let pos = clamp(pos, 0)?;
    let endpos = clamp(endpos, len)?.max(pos);
    // A loop calling p.match(text, pos) with a growing pos on one non-ASCII text
    // converts each pos from where the last call left off.
    let mut chars = LAST_TEXT.with(|l| match &*l.borrow() {
        Some((v, c)) if !ascii && v.is(&string.value) => *c,
        _ => Chars::new(ascii),
    });
    let end_b = if endpos == len {
        text.len()
    } else {
        chars.byte_of(text, endpos)
    };
    let pos_b = chars.byte_of(text, pos);
    if !ascii {
        LAST_TEXT.with(|l| *l.borrow_mut() = Some((string.value.clone(), chars)));
    }
    Ok(Subject {
        pos_b,
        end_b,
        chars,
        string,
        pos,
        endpos,
    })
}

thread_local! {
    /// The last non-ASCII string searched and a cursor into it.
    static LAST_TEXT: RefCell<Option<(Value, Chars)>> = const { RefCell::new(None) };
}

fn runtime(msg: String) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, msg)
}

/// The pattern object `v` is, or the TypeError of a method called on another.
fn pattern_of(v: &Value) -> PyResult<&Pattern> {
    v.downcast::<Pattern>().ok_or_else(not_a_pattern)
}

fn not_a_pattern() -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        "descriptor requires a 're.Pattern' object",
    )
}

/// The receiver of a method: the pattern value and the pattern.
fn this(a: &[Value]) -> PyResult<(&Value, &Pattern)> {
    match a.first() {
        Some(v) => Ok((v, pattern_of(v)?)),
        None => Err(pattern_of(&Value::None).err().unwrap_or_else(not_a_pattern)),
    }
}

impl Pattern {
    /// A match object for `spans` (bytes) found in subject `s`.
    fn make_match(
        this: &Value,
        p: &Pattern,
        s: &Subject,
        spans: &Spans,
        chars: &mut Chars,
    ) -> Value {
        Native::value(Match::new(
            s.string.clone(),
            (this.clone(), p.engine.clone()),
            (s.pos, s.endpos),
            chars.spans(s.text(), spans),
            spans.clone(),
        ))
    }

    /// `p.match`, `p.fullmatch` or `p.search` on `string[pos:endpos]`.
    pub fn find(
        this: &Value,
        string: &Value,
        pos: Option<&Value>,
        endpos: Option<&Value>,
        mode: Mode,
    ) -> PyResult<Value> {
        let p = pattern_of(this)?;
        let s = subject(p, string, pos, endpos)?;
        match p.engine.find(s.hay(), s.pos_b, mode).map_err(runtime)? {
            Some(spans) => {
                let mut chars = s.chars;
                Ok(Self::make_match(this, p, &s, &spans, &mut chars))
            }
            None => Ok(Value::None),
        }
    }

    /// Calls `f` with each successive match of the scan of `s` (byte spans) until it
    /// returns false.
    fn scan(&self, s: &Subject, mut f: impl FnMut(&Spans) -> PyResult<bool>) -> PyResult<()> {
        let hay = s.hay();
        let (mut pos, mut must_advance) = (s.pos_b, false);
        while let Some(spans) = self.engine.next(hay, pos, must_advance).map_err(runtime)? {
            let (a, b) = spans[0].unwrap_or((pos, pos));
            must_advance = a == b;
            pos = b;
            if !f(&spans)? {
                break;
            }
        }
        Ok(())
    }

    /// `p.findall(string, pos, endpos)`.
    pub fn findall(
        this: &Value,
        string: &Value,
        pos: Option<&Value>,
        endpos: Option<&Value>,
    ) -> PyResult<Value> {
        let p = pattern_of(this)?;
        let s = subject(p, string, pos, endpos)?;
        let text = s.text();
        let groups = p.engine.parsed.groups;
        let piece =
            |sp: Option<(usize, usize)>| s.string.piece(sp.map_or("", |(a, b)| &text[a..b]));
        let mut out = Vec::new();
        p.scan(&s, |spans| {
            out.push(match groups {
                0 => piece(spans[0]),
                1 => piece(spans[1]),
                _ => Value::tuple(spans[1..].iter().map(|sp| piece(*sp)).collect()),
            });
            Ok(true)
        })?;
        Ok(Value::list(out))
    }

    /// `p.finditer(string, pos, endpos)`: a lazy iterator of match objects.
    pub fn finditer(
        this: &Value,
        string: &Value,
        pos: Option<&Value>,
        endpos: Option<&Value>,
    ) -> PyResult<Value> {
        let s = subject(pattern_of(this)?, string, pos, endpos)?;
        Ok(Native::value(Scanner {
            pattern: this.clone(),
            at: Cell::new(Some((s.pos_b, false))),
            chars: Cell::new(s.chars),
            subject: s,
        }))
    }

    /// `p.subn(repl, string, count)`: the new string and the number of replacements.
    pub fn subn(
        vm: &mut Vm,
        this: &Value,
        repl: &Value,
        string: &Value,
        count: Option<&Value>,
    ) -> PyResult<(Value, usize)> {
        let p = pattern_of(this)?;
        let s = subject(p, string, None, None)?;
        let count = match count {
            Some(c) => crate::objects::args::int(c, "")?,
            None => 0,
        };
        // A template of the other kind (str for bytes, bytes for str) is parsed,
        // then fails the join, as in CPython.
        let (pieces, mismatch) = match Text::new(repl) {
            Some(t) if !t.as_str().contains('\\') => (
                Some(vec![Piece::Text(t.as_str().to_string())]),
                t.is_bytes() != s.string.is_bytes(),
            ),
            Some(t) => {
                let parsed = &p.engine.parsed;
                let pieces = template::parse(t.as_str(), parsed.groups, &parsed.names)
                    .map_err(|e| template_error(vm, e, repl))?;
                (Some(pieces), t.is_bytes() != s.string.is_bytes())
            }
            None if crate::builtins::functions::is_callable(vm, repl) => (None, false),
            None => {
                return Err(super::not_text(repl));
            }
        };
        let text = s.text();
        if count < 0 {
            return Ok((s.string.piece(text), 0));
        }
        let mut out = String::with_capacity(text.len());
        let (mut last, mut n) = (0, 0);
        let mut chars = s.chars;
        // CPython joins a list of the pieces: the text between matches (when not
        // empty) and each replacement (a function's None adds nothing); a piece of
        // the wrong kind fails the join, after every match is replaced.
        let (mut pieces_made, mut bad_piece) = (0, None);
        p.scan(&s, |spans| {
            let (a, b) = spans[0].unwrap_or((last, last));
            if a > last {
                out.push_str(&text[last..a]);
                pieces_made += 1;
            }
            match &pieces {
                Some(_) if mismatch => {
                    bad_piece.get_or_insert((pieces_made, repl.type_name()));
                    pieces_made += 1;
                }
                Some(pieces) => {
                    template::expand(pieces, text, spans, &mut out);
                    pieces_made += 1;
                }
                None => {
                    let m = Self::make_match(this, p, &s, spans, &mut chars);
                    let r = vm.call(repl, vec![m], vec![])?;
                    match Text::new(&r) {
                        Some(r) if r.is_bytes() == s.string.is_bytes() => {
                            out.push_str(r.as_str());
                            pieces_made += 1;
                        }
                        None if matches!(r, Value::None) => {}
                        _ => {
                            bad_piece.get_or_insert((pieces_made, r.type_name()));
                            pieces_made += 1;
                        }
                    }
                }
            }
            last = b;
            n += 1;
            Ok(count == 0 || n < count as usize)
        })?;
        if let Some((i, t)) = bad_piece {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("sequence item {i}: expected {}, {t} found", s.string.kind()),
            ));
        }
        out.push_str(&text[last..]);
        Ok((s.string.owned_piece(out), n))
    }

    /// `p.split(string, maxsplit)`.
    pub fn split(this: &Value, string: &Value, maxsplit: Option<&Value>) -> PyResult<Value> {
        let p = pattern_of(this)?;
        let s = subject(p, string, None, None)?;
        let maxsplit = match maxsplit {
            Some(c) => crate::objects::args::int(c, "")?,
            None => 0,
        };
        let text = s.text();
        if maxsplit < 0 {
            return Ok(Value::list(vec![s.string.piece(text)]));
        }
        let piece = |a: usize, b: usize| s.string.piece(&text[a..b]);
        let mut out = Vec::new();
        let (mut last, mut n) = (0, 0);
        p.scan(&s, |spans| {
            let (a, b) = spans[0].unwrap_or((last, last));
            out.push(piece(last, a));
            for g in &spans[1..] {
                out.push(g.map_or(Value::None, |(x, y)| piece(x, y)));
            }
            last = b;
            n += 1;
            Ok(maxsplit == 0 || n < maxsplit)
        })?;
        out.push(piece(last, text.len()));
        Ok(Value::list(out))
    }
}

/// The iterator `finditer` returns: the scan's state between matches.
#[derive(Debug)]
struct Scanner {
    pattern: Value,
    subject: Subject,
    /// Where the next search starts and whether the last match was empty; `None`
    /// once exhausted.
    at: Cell<Option<(usize, bool)>>,
    chars: Cell<Chars>,
}

impl NativeObject for Scanner {
    fn class(&self) -> Rc<Class> {
        types().iter_class("callable_iterator")
    }

    fn type_name(&self) -> &'static str {
        "callable_iterator"
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _: &mut Vm) -> PyResult<Option<Value>> {
        let Some((pos, must_advance)) = self.at.get() else {
            return Ok(None);
        };
        let p = pattern_of(&self.pattern)?;
        let s = &self.subject;
        match p.engine.next(s.hay(), pos, must_advance) {
            Err(e) => {
                self.at.set(None);
                Err(runtime(e))
            }
            Ok(None) => {
                self.at.set(None);
                Ok(None)
            }
            Ok(Some(spans)) => {
                let (a, b) = spans[0].unwrap_or((pos, pos));
                self.at.set(Some((b, a == b)));
                let mut chars = self.chars.get();
                let m = Pattern::make_match(&self.pattern, p, s, &spans, &mut chars);
                self.chars.set(chars);
                Ok(Some(m))
            }
        }
    }
}

/// `p.match(string, pos=0, endpos=sys.maxsize)` and its siblings.
fn find_method(name: &str, mode: Mode, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (v, _) = this(a)?;
    let [string, pos, endpos] = bind(name, &a[1..], kw, ["string", "pos", "endpos"], 1)?;
    Pattern::find(v, string.unwrap_or(&Value::None), pos, endpos, mode)
}

fn match_(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find_method("match", Mode::Match, a, kw)
}

fn fullmatch(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find_method("fullmatch", Mode::Full, a, kw)
}

fn search(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find_method("search", Mode::Search, a, kw)
}

fn findall(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (v, _) = this(a)?;
    let [string, pos, endpos] = bind("findall", &a[1..], kw, ["string", "pos", "endpos"], 1)?;
    Pattern::findall(v, string.unwrap_or(&Value::None), pos, endpos)
}

fn finditer(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (v, _) = this(a)?;
    let [string, pos, endpos] = bind("finditer", &a[1..], kw, ["string", "pos", "endpos"], 1)?;
    Pattern::finditer(v, string.unwrap_or(&Value::None), pos, endpos)
}

fn sub(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (v, _) = this(a)?;
    let [repl, string, count] = bind("sub", &a[1..], kw, ["repl", "string", "count"], 2)?;
    let none = Value::None;
    Ok(Pattern::subn(vm, v, repl.unwrap_or(&none), string.unwrap_or(&none), count)?.0)
}

fn subn(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (v, _) = this(a)?;
    let [repl, string, count] = bind("subn", &a[1..], kw, ["repl", "string", "count"], 2)?;
    let none = Value::None;
    let (s, n) = Pattern::subn(vm, v, repl.unwrap_or(&none), string.unwrap_or(&none), count)?;
    Ok(Value::tuple(vec![s, Value::Int(n as i64)]))
}

fn split(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (v, _) = this(a)?;
    let [string, maxsplit] = bind("split", &a[1..], kw, ["string", "maxsplit"], 1)?;
    Pattern::split(v, string.unwrap_or(&Value::None), maxsplit)
}
