//! `_re`, the native part of `re` (`lib/re.py` adds the flags and `re.error`):
//! Python's pattern syntax ([`pattern_syntax`], parsed into a tree of [`nodes`] and written
//! out by [`emit`]) translated for the `fancy-regex` engine ([`engine`]),
//! `re.Pattern` ([`pattern`]), `re.Match` ([`matchobj`]), replacement templates
//! ([`template`]), and the module-level functions, which compile their pattern
//! through a cache of 512 patterns as CPython does, so calling `re.match` with the
//! same pattern in a loop compiles it once.
//!
//! A bytes pattern is compiled and matched as its Latin-1 text ([`text`]), so
//! character offsets are byte offsets and the pieces cut are turned back into bytes.
//!
//! What genpy does not do raises NotImplementedError naming it: `\N{...}` escapes, the DEBUG and TEMPLATE flags, and patterns nested
//! deeper than the engine takes (64 levels). Known differences from CPython: a
//! conditional `(?(1)...)` inside group 1 itself, and `lastindex` after captures
//! left over from abandoned attempts.

mod emit;
mod engine;
mod matchobj;
mod nodes;
mod pattern;
mod pattern_syntax;
mod template;
mod text;

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use super::native_module;
use crate::objects::func::MethodDef;
use crate::objects::native::Native;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;
use engine::{Engine, Mode};
use pattern::Pattern;
use pattern_syntax::SyntaxError;
use template::TemplateError;
use text::Text;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("compile", compile),
    MethodDef::new("match", match_),
    MethodDef::new("fullmatch", fullmatch),
    MethodDef::new("search", search),
    MethodDef::new("findall", findall),
    MethodDef::new("finditer", finditer),
    MethodDef::new("sub", sub),
    MethodDef::new("subn", subn),
    MethodDef::new("split", split),
    MethodDef::new("escape", escape),
    MethodDef::new("purge", purge),
    MethodDef::new("_set_error", set_error),
];

/// Builds the `_re` module.
pub fn module() -> Value {
    native_module(
        "_re",
        FUNCS,
        vec![
            ("Pattern", Value::Class(pattern::class())),
            ("Match", Value::Class(matchobj::class())),
        ],
    )
}

/// CPython's `re._MAXCACHE`.
const MAX_CACHE: usize = 512;

thread_local! {
    /// `re.error`, the class `lib/re.py` defines and hands over.
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// Compiled patterns by pattern text, flags and whether the pattern is bytes,
    /// oldest first.
    static CACHE: RefCell<IndexMap<(String, u32, bool), Value>> = RefCell::new(IndexMap::new());
    /// The pattern value and flags of the last cache hit and its pattern object: a
    /// loop calling `re.match(P, line)` finds it without hashing `P`.
    static LAST: RefCell<Option<(Value, u32, Value)>> = const { RefCell::new(None) };
}

/// How a function reports bad arguments: as CPython's functions written in C
/// (`Pattern.match`) or as those written in Python (`re.match`).
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Native,
    Python,
}

/// Binds the positional and keyword arguments of method `fname` to `names`, the
/// first `required` of which must be given.
fn bind<'a, const N: usize>(
    fname: &str,
    a: &'a [Value],
    kw: &'a KwArgs,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    bind_as(Style::Native, fname, a, kw, names, required)
}

/// [`bind`] for a module-level function, which CPython writes in Python.
fn bind_def<'a, const N: usize>(
    fname: &str,
    a: &'a [Value],
    kw: &'a KwArgs,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    bind_as(Style::Python, fname, a, kw, names, required)
}

fn bind_as<'a, const N: usize>(
    style: Style,
    fname: &str,
    a: &'a [Value],
    kw: &'a KwArgs,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let type_error = |msg: String| Err(PyErr::new(ExcKind::TypeError, msg));
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if a.len() > N {
        return type_error(match style {
            Style::Native => format!(
                "{fname}() takes at most {N} argument{} ({} given)",
                plural(N),
                a.len()
            ),
            Style::Python => format!(
                "{fname}() takes {} positional argument{} but {} {} given",
                if required == N {
                    N.to_string()
                } else {
                    format!("from {required} to {N}")
                },
                plural(N),
                a.len(),
                if a.len() == 1 { "was" } else { "were" }
            ),
        });
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(a) {
        *slot = Some(v);
    }
    for (k, v) in kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if out[i].is_some() => {
                return type_error(match style {
                    Style::Native => format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    ),
                    Style::Python => format!("{fname}() got multiple values for argument '{k}'"),
                })
            }
            Some(i) => out[i] = Some(v),
            None => {
                return type_error(match style {
                    Style::Native => format!("'{k}' is an invalid keyword argument for {fname}()"),
                    Style::Python => format!("{fname}() got an unexpected keyword argument '{k}'"),
                })
            }
        }
    }
    let missing: Vec<usize> = (0..required).filter(|&i| out[i].is_none()).collect();
    let Some(&first) = missing.first() else {
        return Ok(out);
    };
    type_error(match style {
        Style::Native => format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[first],
            first + 1
        ),
        Style::Python => {
            let quoted: Vec<String> = missing.iter().map(|&i| format!("'{}'", names[i])).collect();
            let list = match quoted.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("{} and {last}", rest.join(", "))
                }
                _ => quoted.join(""),
            };
            format!(
                "{fname}() missing {} required positional argument{}: {list}",
                missing.len(),
                plural(missing.len())
            )
        }
    })
}

/// `re.error(msg, pattern, pos)` made by the class `lib/re.py` defines.
fn re_error(vm: &mut Vm, msg: String, pattern: &Value, pos: Option<usize>) -> PyErr {
    let class = ERROR.with(|e| e.borrow().clone());
    let Some(class) = class else {
        return PyErr::new(ExcKind::ValueError, msg);
    };
    // An error without a position names no pattern either, as in CPython.
    let (pattern, pos) = match pos {
        Some(p) => (pattern.clone(), Value::Int(p as i64)),
        None => (Value::None, Value::None),
    };
    match vm.call(&class, vec![Value::string(msg), pattern, pos], vec![]) {
        Ok(v) => PyErr::from_value(&v)
            .unwrap_or_else(|| PyErr::new(ExcKind::TypeError, "re.error must be an exception")),
        Err(e) => e,
    }
}

/// The exception a pattern that does not compile raises.
fn syntax_error(vm: &mut Vm, e: SyntaxError, pattern: &Value) -> PyErr {
    match e {
        SyntaxError::Re(msg, pos) => re_error(vm, msg, pattern, pos),
        SyntaxError::Overflow(msg) => PyErr::new(ExcKind::OverflowError, msg),
        SyntaxError::Value(msg) => PyErr::new(ExcKind::ValueError, msg),
        SyntaxError::Unsupported(msg) => PyErr::new(ExcKind::NotImplementedError, msg),
    }
}

/// The exception a bad replacement template raises.
fn template_error(vm: &mut Vm, e: TemplateError, template: &Value) -> PyErr {
    match e {
        TemplateError::Re(msg, pos) => re_error(vm, msg, template, Some(pos)),
        TemplateError::Index(msg) => PyErr::new(ExcKind::IndexError, msg),
    }
}

/// CPython's TypeError for a replacement template (or an argument of `escape`)
/// that is neither str nor bytes.
fn not_text(v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "decoding to str: need a bytes-like object, {} found",
            v.type_name()
        ),
    )
}

/// The TypeError for calling `re.Pattern` or `re.Match`, which only `re` makes.
fn cannot_create(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("cannot create '{name}' instances"),
    )
}

/// The pattern object for a pattern argument (a str or a compiled pattern) and flags.
fn compiled(vm: &mut Vm, pattern: &Value, flags: Option<&Value>) -> PyResult<Value> {
    let flags = match flags {
        Some(f) => f.as_i64().ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "unsupported operand type(s) for &: '{}' and 'RegexFlag'",
                    f.type_name()
                ),
            )
        })?,
        None => 0,
    };
    if pattern.downcast::<Pattern>().is_some() {
        if flags != 0 {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok(pattern.clone());
    }
    let Some(text) = Text::new(pattern) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "first argument must be string or compiled pattern",
        ));
    };
    let flags = flags as u32;
    let hit = LAST.with(|l| match &*l.borrow() {
        Some((p, f, c)) if *f == flags && p.is(pattern) => Some(c.clone()),
        _ => None,
    });
    if let Some(c) = hit {
        return Ok(c);
    }
    let key = (text.as_str().to_string(), flags, text.is_bytes());
    let found = CACHE.with(|c| c.borrow().get(&key).cloned());
    let compiled = match found {
        Some(c) => c,
        None => {
            let engine = Engine::new(text.as_str(), flags, text.is_bytes())
                .map_err(|e| syntax_error(vm, e, pattern))?;
            let value = Native::value(Pattern {
                source: text,
                engine: Rc::new(engine),
            });
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= MAX_CACHE {
                    c.shift_remove_index(0);
                }
                c.insert(key, value.clone());
            });
            value
        }
    };
    LAST.with(|l| *l.borrow_mut() = Some((pattern.clone(), flags, compiled.clone())));
    Ok(compiled)
}

/// `re.compile(pattern, flags=0)`.
fn compile(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [pattern, flags] = bind_def("compile", a, kw, ["pattern", "flags"], 1)?;
    compiled(vm, pattern.unwrap_or(&Value::None), flags)
}

/// `re.match`, `re.fullmatch` and `re.search(pattern, string, flags=0)`.
fn find(vm: &mut Vm, name: &str, mode: Mode, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [pattern, string, flags] = bind_def(name, a, kw, ["pattern", "string", "flags"], 2)?;
    let p = compiled(vm, pattern.unwrap_or(&Value::None), flags)?;
    Pattern::find(&p, string.unwrap_or(&Value::None), None, None, mode)
}

fn match_(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find(vm, "match", Mode::Match, a, kw)
}

fn fullmatch(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find(vm, "fullmatch", Mode::Full, a, kw)
}

fn search(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find(vm, "search", Mode::Search, a, kw)
}

/// `re.findall(pattern, string, flags=0)`.
fn findall(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [pattern, string, flags] = bind_def("findall", a, kw, ["pattern", "string", "flags"], 2)?;
    let p = compiled(vm, pattern.unwrap_or(&Value::None), flags)?;
    Pattern::findall(&p, string.unwrap_or(&Value::None), None, None)
}

/// `re.finditer(pattern, string, flags=0)`.
fn finditer(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [pattern, string, flags] = bind_def("finditer", a, kw, ["pattern", "string", "flags"], 2)?;
    let p = compiled(vm, pattern.unwrap_or(&Value::None), flags)?;
    Pattern::finditer(&p, string.unwrap_or(&Value::None), None, None)
}

/// The compiled pattern, replacement, string and count of `re.sub`/`re.subn`.
fn sub_args(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: &KwArgs,
) -> PyResult<(Value, Value, Value, Option<Value>)> {
    let [pattern, repl, string, count, flags] = bind_def(
        name,
        a,
        kw,
        ["pattern", "repl", "string", "count", "flags"],
        3,
    )?;
    let none = Value::None;
    let p = compiled(vm, pattern.unwrap_or(&none), flags)?;
    Ok((
        p,
        repl.unwrap_or(&none).clone(),
        string.unwrap_or(&none).clone(),
        count.cloned(),
    ))
}

/// `re.sub(pattern, repl, string, count=0, flags=0)`.
fn sub(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (p, repl, string, count) = sub_args(vm, "sub", a, kw)?;
    Ok(Pattern::subn(vm, &p, &repl, &string, count.as_ref())?.0)
}

/// `re.subn(pattern, repl, string, count=0, flags=0)`.
fn subn(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (p, repl, string, count) = sub_args(vm, "subn", a, kw)?;
    let (s, n) = Pattern::subn(vm, &p, &repl, &string, count.as_ref())?;
    Ok(Value::tuple(vec![s, Value::Int(n as i64)]))
}

/// `re.split(pattern, string, maxsplit=0, flags=0)`.
fn split(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [pattern, string, maxsplit, flags] = bind_def(
        "split",
        a,
        kw,
        ["pattern", "string", "maxsplit", "flags"],
        2,
    )?;
    let p = compiled(vm, pattern.unwrap_or(&Value::None), flags)?;
    Pattern::split(&p, string.unwrap_or(&Value::None), maxsplit)
}

/// `re.escape(pattern)`: a backslash before each character special in patterns.
fn escape(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [pattern] = bind_def("escape", a, kw, ["pattern"], 1)?;
    let none = Value::None;
    let pattern = pattern.unwrap_or(&none);
    let Some(text) = Text::new(pattern) else {
        return Err(not_text(pattern));
    };
    let mut out = String::with_capacity(text.as_str().len() + 8);
    for c in text.as_str().chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    Ok(text.owned_piece(out))
}

/// `re.purge()`: empties the pattern cache.
fn purge(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    bind_def::<0>("purge", a, kw, [], 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    LAST.with(|l| *l.borrow_mut() = None);
    Ok(Value::None)
}

/// `_set_error(cls)`: the class `re.error` that pattern errors are raised as.
fn set_error(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [cls] = bind_def("_set_error", a, kw, ["cls"], 1)?;
    ERROR.with(|e| *e.borrow_mut() = cls.cloned());
    Ok(Value::None)
}
