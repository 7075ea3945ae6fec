//! The JSON encoder of `_json.encode`: CPython's output text for every option of
//! `json.JSONEncoder` (indent, separators, sort_keys, ensure_ascii, skipkeys,
//! allow_nan, check_circular, default).

use std::fmt::Write;

use crate::builtins::functions::sort_values;
use crate::objects::float::repr_float;
use crate::objects::int::big_to_string;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The options of one encoding (the attributes of a `json.JSONEncoder`).
#[derive(Debug)]
pub struct Options {
    /// Leave out dict keys of other types than str, int, float, bool and None.
    pub skipkeys: bool,
    /// Escape every character outside ASCII as `\uXXXX`.
    pub ensure_ascii: bool,
    /// Raise ValueError for a container inside itself.
    pub check_circular: bool,
    /// Write NaN and the infinities as `NaN`, `Infinity`, `-Infinity`.
    pub allow_nan: bool,
    /// Write dict items in the order of their keys.
    pub sort_keys: bool,
    /// The indentation of one level, or `None` for everything on one line.
    pub indent: Option<String>,
    /// Between items of an array or object.
    pub item_separator: String,
    /// Between a key and its value.
    pub key_separator: String,
    /// Called with an object of no JSON type; returns what to encode instead.
    pub default: Value,
}

/// One encoding in progress: the text so far and the containers being encoded.
pub struct Encoder<'a> {
    opts: &'a Options,
    out: String,
    /// The addresses of the containers (and defaulted objects) being encoded.
    markers: Vec<usize>,
    /// When encoding in pieces: the pieces ended so far, cut where CPython's
    /// `JSONEncoder.iterencode` yields.
    chunks: Option<Vec<String>>,
}

/// What a dict key becomes: the text of a JSON string, or nothing (skipped).
enum Key {
    Text(String),
    Skip,
}

impl<'a> Encoder<'a> {
    /// An encoder with these options; `chunked` to encode in pieces.
    pub fn new(opts: &'a Options, chunked: bool) -> Encoder<'a> {
        Encoder {
            opts,
            out: String::new(),
            markers: Vec::new(),
            chunks: chunked.then(Vec::new),
        }
    }

    /// The text of `v`: one str, or a list of the pieces when chunked.
    pub fn encode(mut self, vm: &mut Vm, v: &Value) -> PyResult<Value> {
        self.value(vm, v, 0)?;
        if is_scalar(v) {
            self.cut();
        }
        Ok(match self.chunks {
            Some(chunks) => Value::list(chunks.into_iter().map(Value::string).collect()),
            None => Value::string(self.out),
        })
    }

    /// Ends the current piece when encoding in pieces.
    fn cut(&mut self) {
        if let Some(chunks) = &mut self.chunks {
            chunks.push(std::mem::take(&mut self.out));
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                // Writing to a String cannot fail.
                let _ = write!(self.out, "{i}");
            }
            Value::BigInt(b) => self.out.push_str(&big_to_string(b)?),
            Value::Float(f) => {
                let text = self.float(*f)?;
                self.out.push_str(&text);
            }
            Value::Str(s) => push_string(&mut self.out, s.as_str(), self.opts.ensure_ascii),
            Value::List(l) => {
                let items = l.borrow().clone();
                self.container(vm, v, |e, vm| e.array(vm, &items, level))?;
            }
            Value::Tuple(t) => {
                let items = t.clone();
                self.container(vm, v, |e, vm| e.array(vm, &items, level))?;
            }
            Value::Dict(d) => {
                let items: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone()))
                    .collect();
                self.container(vm, v, |e, vm| e.object(vm, items, level))?;
            }
            Value::Instance(i)
                if i.base.is_some() && !matches!(i.base.as_deref(), Some(Value::Set(_))) =>
            {
                let base = i.base.as_deref().cloned().unwrap_or_default();
                self.value(vm, &base, level)?;
            }
            other => self.container(vm, other, |e, vm| {
                let replacement = vm.call(&e.opts.default, vec![other.clone()], vec![])?;
                e.value(vm, &replacement, level)?;
                if is_scalar(&replacement) {
                    e.cut();
                }
                Ok(())
            })?,
        }
        Ok(())
    }

    /// Runs `f` one level deeper with `v` marked as being encoded.
    fn container<T>(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        f: impl FnOnce(&mut Self, &mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        let mark = match v.heap_ptr() {
            Some(p) if self.opts.check_circular => {
                if self.markers.contains(&p) {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        "Circular reference detected",
                    ));
                }
                self.markers.push(p);
                true
            }
            _ => false,
        };
        let r = vm.nested(" while encoding a JSON object", |vm| f(self, vm));
        if mark {
            self.markers.pop();
        }
        r
    }

    /// The text of a float: its repr, or the JavaScript names of NaN and infinities.
    fn float(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(repr_float(f));
        }
        if !self.opts.allow_nan {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .into())
    }

    /// Starts a new line at `level` when indenting.
    fn newline(&mut self, level: usize) {
        if let Some(indent) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    /// Writes the item separator (and starts the next item's line).
    fn separate(&mut self, level: usize) {
        self.out.push_str(&self.opts.item_separator);
        self.newline(level);
    }

    /// Ends an item: a scalar ends its piece; a container's pieces start apart
    /// from what comes before them.
    fn item(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        if is_scalar(v) {
            self.value(vm, v, level)?;
            self.cut();
        } else {
            self.cut();
            self.value(vm, v, level)?;
        }
        Ok(())
    }

    /// The closing line break (a piece of its own) and bracket of a container.
    fn close(&mut self, level: usize, bracket: char) {
        if self.opts.indent.is_some() {
            self.newline(level);
            self.cut();
        }
        self.out.push(bracket);
        self.cut();
    }

    fn array(&mut self, vm: &mut Vm, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            self.cut();
            return Ok(());
        }
        self.out.push('[');
        self.newline(level + 1);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.separate(level + 1);
            }
            self.item(vm, item, level + 1)?;
        }
        self.close(level, ']');
        Ok(())
    }

    fn object(
        &mut self,
        vm: &mut Vm,
        mut items: Vec<(Value, Value)>,
        level: usize,
    ) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            self.cut();
            return Ok(());
        }
        if self.opts.sort_keys {
            let tuples = items
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            items = sort_values(vm, tuples, None, false)?
                .into_iter()
                .filter_map(|t| match t {
                    Value::Tuple(ref kv) => Some((kv[0].clone(), kv[1].clone())),
                    _ => None,
                })
                .collect();
        }
        self.out.push('{');
        self.cut();
        if self.opts.indent.is_some() {
            self.newline(level + 1);
            self.cut();
        }
        let mut first = true;
        for (k, v) in items {
            let key = match self.key(&k)? {
                Key::Skip => continue,
                Key::Text(key) => key,
            };
            if !first {
                self.separate(level + 1);
                self.cut();
            }
            first = false;
            push_string(&mut self.out, &key, self.opts.ensure_ascii);
            self.cut();
            self.out.push_str(&self.opts.key_separator);
            self.cut();
            self.value(vm, &v, level + 1)?;
            if is_scalar(&v) {
                self.cut();
            }
        }
        self.close(level, '}');
        Ok(())
    }

    /// The string a dict key becomes.
    fn key(&self, k: &Value) -> PyResult<Key> {
        let base = match k {
            Value::Instance(i) => i.base.as_deref().unwrap_or(k),
            _ => k,
        };
        Ok(Key::Text(match base {
            Value::Str(s) => s.as_str().to_string(),
            Value::Float(f) => self.float(*f)?,
            Value::Bool(b) => b.to_string(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => big_to_string(b)?,
            _ if self.opts.skipkeys => return Ok(Key::Skip),
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "keys must be str, int, float, bool or None, not {}",
                        k.type_name()
                    ),
                ))
            }
        }))
    }
}

/// Whether `v` is written as one JSON scalar (a str, number, bool or None, or an
/// instance of a subclass of str, int or float).
fn is_scalar(v: &Value) -> bool {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Str(_) => true,
        Value::Instance(i) => matches!(
            i.base.as_deref(),
            Some(Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_))
        ),
        _ => false,
    }
}

/// Appends `s` as a JSON string literal, escaping what JSON requires (and every
/// character outside ASCII when `ascii`), with lowercase `\uXXXX` escapes and
/// surrogate pairs for characters outside the BMP.
pub fn push_string(out: &mut String, s: &str, ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && c as u32 > 0x7e) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
