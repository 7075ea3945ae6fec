//! `re.Match`: the result of a successful match, holding the subject string, the
//! pattern, `pos`/`endpos` and each group's span in both characters (what Python
//! sees) and bytes (to cut the text).

use std::rc::Rc;

use super::engine::{Engine, Spans};
use super::template;
use super::text::Text;
use super::{bind, template_error};
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::NativeObject;
use crate::objects::{Dict, ExcKind, HashKey, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

thread_local! {
    static MATCH_CLASS: Rc<Class> = {
        let c = Class::native("re", "Match", BuiltinType::Native, vec![types().object.clone()], None);
        c.add_methods(METHODS);
        c.constructor.set(Some(|_, _, _, _| Err(super::cannot_create("re.Match"))));
        c
    };
}

/// The `re.Match` class.
pub fn class() -> Rc<Class> {
    MATCH_CLASS.with(Rc::clone)
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("group", group),
    MethodDef::new("groups", groups),
    MethodDef::new("groupdict", groupdict),
    MethodDef::new("start", start),
    MethodDef::new("end", end),
    MethodDef::new("span", span),
    MethodDef::new("expand", expand),
];

/// A match object.
#[derive(Debug)]
pub struct Match {
    /// The string searched.
    pub string: Text,
    /// The `re.Pattern` that matched.
    pub pattern: Value,
    engine: Rc<Engine>,
    pos: usize,
    endpos: usize,
    /// Group spans in characters.
    spans: Spans,
    /// Group spans in bytes of the string.
    bytes: Spans,
}

impl Match {
    /// A match of `pattern` in `string` searched from `pos` to `endpos` (characters).
    pub fn new(
        string: Text,
        (pattern, engine): (Value, Rc<Engine>),
        (pos, endpos): (usize, usize),
        spans: Spans,
        bytes: Spans,
    ) -> Match {
        Match {
            string,
            pattern,
            engine,
            pos,
            endpos,
            spans,
            bytes,
        }
    }

    fn text(&self) -> &str {
        self.string.as_str()
    }

    /// The text of group `g`, if it took part.
    fn group_str(&self, g: usize) -> Option<&str> {
        let (a, b) = self.bytes.get(g).copied().flatten()?;
        self.text().get(a..b)
    }

    fn group_value(&self, g: usize, default: &Value) -> Value {
        match self.group_str(g) {
            Some(s) => self.string.piece(s),
            None => default.clone(),
        }
    }

    /// The group number a `group()` argument names, or CPython's IndexError.
    fn index(&self, v: &Value) -> PyResult<usize> {
        let n = match v {
            Value::Str(_) | Value::Instance(_) if v.as_str().is_some() => {
                let name = v.as_str().unwrap_or("");
                self.engine.group_named(name).map(|g| g as i64)
            }
            _ => v.as_i64(),
        };
        match n {
            Some(g) if g >= 0 && (g as usize) < self.spans.len() => Ok(g as usize),
            _ => Err(PyErr::new(ExcKind::IndexError, "no such group")),
        }
    }

    /// The last group closed, as CPython's `lastindex`. A group closes after the
    /// groups inside it, so of the matched groups inside no other matched group,
    /// the one ending last (the later one on a tie); a group inside a lookahead
    /// closes where the lookahead was, before its own start.
    fn lastindex(&self) -> Option<usize> {
        let parents = &self.engine.parsed.parents;
        let matched = |g: usize| self.spans.get(g).is_some_and(Option::is_some);
        let outermost = |mut g: usize| {
            while let Some(p) = parents.get(g).copied().flatten() {
                if matched(p) {
                    return false;
                }
                g = p;
            }
            true
        };
        (1..self.spans.len())
            .filter(|&g| matched(g) && outermost(g))
            .max_by_key(|&g| {
                let (start, end) = self.spans[g].unwrap_or((0, 0));
                let ahead = self.engine.parsed.ahead.get(g).copied().unwrap_or(false);
                (if ahead { start } else { end }, g)
            })
    }
}

impl NativeObject for Match {
    fn class(&self) -> Rc<Class> {
        class()
    }

    fn type_name(&self) -> &'static str {
        "re.Match"
    }

    fn repr(&self, _: &mut Vm) -> Option<PyResult<String>> {
        let (a, b) = self.spans[0].unwrap_or((0, 0));
        let text = self.string.repr_of(self.group_str(0).unwrap_or(""), 50);
        Some(Ok(format!(
            "<re.Match object; span=({a}, {b}), match={text}>"
        )))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "string" => self.string.value.clone(),
            "re" => self.pattern.clone(),
            "pos" => Value::Int(self.pos as i64),
            "endpos" => Value::Int(self.endpos as i64),
            "lastindex" => self
                .lastindex()
                .map_or(Value::None, |g| Value::Int(g as i64)),
            "lastgroup" => self
                .lastindex()
                .and_then(|g| self.engine.group_name(g))
                .map_or(Value::None, Value::str),
            "regs" => Value::tuple(self.spans.iter().map(|s| span_value(*s)).collect()),
            _ => return None,
        })
    }

    fn getitem(&self, _: &mut Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(self.index(key).map(|g| self.group_value(g, &Value::None)))
    }
}

fn span_value(s: Option<(usize, usize)>) -> Value {
    let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
    Value::tuple(vec![Value::Int(a), Value::Int(b)])
}

fn this(a: &[Value]) -> PyResult<&Match> {
    a.first()
        .and_then(|v| v.downcast::<Match>())
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                "descriptor requires a 're.Match' object",
            )
        })
}

/// `m.group(*groups)`.
fn group(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    crate::objects::args::no_kwargs("group", kw)?;
    match &a[1..] {
        [] => Ok(m.group_value(0, &Value::None)),
        [g] => Ok(m.group_value(m.index(g)?, &Value::None)),
        gs => Ok(Value::tuple(
            gs.iter()
                .map(|g| m.index(g).map(|g| m.group_value(g, &Value::None)))
                .collect::<PyResult<_>>()?,
        )),
    }
}

/// `m.groups(default=None)`.
fn groups(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    let [default] = bind("groups", &a[1..], kw, ["default"], 0)?;
    let default = default.cloned().unwrap_or(Value::None);
    Ok(Value::tuple(
        (1..m.spans.len())
            .map(|g| m.group_value(g, &default))
            .collect(),
    ))
}

/// `m.groupdict(default=None)`.
fn groupdict(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    let [default] = bind("groupdict", &a[1..], kw, ["default"], 0)?;
    let default = default.cloned().unwrap_or(Value::None);
    let mut d = Dict::default();
    for (name, g) in &m.engine.parsed.names {
        d.insert(HashKey::new(Value::str(name))?, m.group_value(*g, &default));
    }
    Ok(Value::dict(d))
}

/// The span of the group a `start`/`end`/`span` call names.
fn group_span(name: &str, a: &[Value], kw: &KwArgs) -> PyResult<Option<(usize, usize)>> {
    let m = this(a)?;
    let [g] = bind(name, &a[1..], kw, ["group"], 0)?;
    let g = match g {
        Some(g) => m.index(g)?,
        None => 0,
    };
    Ok(m.spans[g])
}

/// `m.start(group=0)`.
fn start(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        group_span("start", a, kw)?.map_or(-1, |s| s.0 as i64),
    ))
}

/// `m.end(group=0)`.
fn end(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        group_span("end", a, kw)?.map_or(-1, |s| s.1 as i64),
    ))
}

/// `m.span(group=0)`.
fn span(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(span_value(group_span("span", a, kw)?))
}

/// `m.expand(template)`.
fn expand(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = this(a)?;
    let [t] = bind("expand", &a[1..], kw, ["template"], 1)?;
    let none = Value::None;
    let t = t.unwrap_or(&none);
    let Some(text) = Text::new(t) else {
        return Err(super::not_text(t));
    };
    let parsed = &m.engine.parsed;
    let pieces = template::parse(text.as_str(), parsed.groups, &parsed.names)
        .map_err(|e| template_error(vm, e, t))?;
    if text.is_bytes() != m.string.is_bytes() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "sequence item 0: expected {}, {} found",
                m.string.kind(),
                t.type_name()
            ),
        ));
    }
    let mut out = String::new();
    template::expand(&pieces, m.text(), &m.bytes, &mut out);
    Ok(m.string.owned_piece(out))
}
