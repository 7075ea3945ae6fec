//! The JSON parser of `_json.Scanner`: a recursive-descent parser over the UTF-8
//! bytes of a str, with CPython's error messages and positions (counted in
//! characters, as Python indexes a str) and its hooks (`object_hook`,
//! `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`).

use std::cell::Cell;
use std::rc::Rc;

use crate::objects::class::Class;
use crate::objects::int::parse_int;
use crate::objects::{Dict, ExcKind, HashKey, PyErr, PyResult, Value};
use crate::vm::Vm;

/// How a decoder parses: its hooks (`None` for the default behaviour) and the class
/// of the errors it raises (`json.JSONDecodeError`).
#[derive(Debug)]
pub struct Config {
    /// Whether control characters are refused inside strings.
    pub strict: bool,
    /// Called with each decoded dict.
    pub object_hook: Option<Value>,
    /// Called with each object's list of (key, value) pairs instead of making a dict.
    pub object_pairs_hook: Option<Value>,
    /// Called with the text of each number with a fraction or exponent.
    pub parse_float: Option<Value>,
    /// Called with the text of each integer.
    pub parse_int: Option<Value>,
    /// Called with `NaN`, `Infinity` or `-Infinity`.
    pub parse_constant: Option<Value>,
    /// `json.JSONDecodeError`, called as `(msg, doc, pos)`.
    pub error: Rc<Class>,
}

/// One parse of the document `doc` (whose text is `text`).
pub struct Parser<'a> {
    cfg: &'a Config,
    doc: &'a Value,
    text: &'a str,
    bytes: &'a [u8],
    /// The first `\uXXXX` escape of a lone surrogate, which genpy's str cannot
    /// hold: reported once the document has parsed (a syntax error comes first).
    surrogate: Cell<Option<u32>>,
}

/// What a failed parse reports: a message and the byte offset it applies to.
type Failure = (&'static str, usize);

/// A parse result: a Python exception raised by a hook, or a syntax error.
enum Error {
    Python(PyErr),
    Syntax(Failure),
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Error {
        Error::Python(e)
    }
}

type Parsed<T> = Result<T, Error>;

fn fail<T>(msg: &'static str, at: usize) -> Parsed<T> {
    Err(Error::Syntax((msg, at)))
}

impl<'a> Parser<'a> {
    /// A parser of `doc`, a str value whose text is `text`.
    pub fn new(cfg: &'a Config, doc: &'a Value, text: &'a str) -> Parser<'a> {
        Parser {
            cfg,
            doc,
            text,
            bytes: text.as_bytes(),
            surrogate: Cell::new(None),
        }
    }

    /// The byte offset of character index `idx` (`None` past the end).
    pub fn byte_offset(&self, idx: usize) -> Option<usize> {
        if self.text.is_ascii() {
            return (idx <= self.bytes.len()).then_some(idx);
        }
        self.text
            .char_indices()
            .map(|(b, _)| b)
            .chain([self.bytes.len()])
            .nth(idx)
    }

    /// The character index of byte offset `at`.
    pub fn char_index(&self, at: usize) -> usize {
        if self.text.is_ascii() {
            at
        } else {
            self.text[..at].chars().count()
        }
    }

    /// The value starting exactly at byte `at`, and the byte offset after it.
    pub fn value_at(&self, vm: &mut Vm, at: usize) -> PyResult<(Value, usize)> {
        let parsed = self.value(vm, at).map_err(|e| self.raise(vm, e))?;
        match self.surrogate.get() {
            Some(code) => Err(PyErr::new(
                ExcKind::NotImplementedError,
                format!(
                    "genpy's str cannot hold the lone surrogate \\u{code:04x} of this JSON string"
                ),
            )),
            None => Ok(parsed),
        }
    }

    /// The byte offset after the whitespace starting at `at`.
    pub fn skip_ws(&self, mut at: usize) -> usize {
        while matches!(self.bytes.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            at += 1;
        }
        at
    }

    /// The JSONDecodeError `(msg, doc, pos)` at character index `pos`.
    pub fn error(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        let pos = Value::Int(pos as i64);
        let args = vec![Value::str(msg), self.doc.clone(), pos];
        vm.new_exception_instance(&self.cfg.error, args)
            .unwrap_or_else(|e| e)
    }

    fn raise(&self, vm: &mut Vm, e: Error) -> PyErr {
        match e {
            Error::Python(e) => e,
            Error::Syntax((msg, at)) => self.error(vm, msg, self.char_index(at)),
        }
    }

    fn starts(&self, at: usize, word: &str) -> bool {
        self.bytes[at..].starts_with(word.as_bytes())
    }

    fn value(&self, vm: &mut Vm, at: usize) -> Parsed<(Value, usize)> {
        let Some(&c) = self.bytes.get(at) else {
            return fail("Expecting value", at);
        };
        match c {
            b'"' => self.string(at),
            b'{' => vm.nested(
                " while decoding a JSON object from a unicode string",
                |vm| Ok(self.object(vm, at + 1)),
            )?,
            b'[' => vm.nested(" while decoding a JSON array from a unicode string", |vm| {
                Ok(self.array(vm, at + 1))
            })?,
            b'n' if self.starts(at, "null") => Ok((Value::None, at + 4)),
            b't' if self.starts(at, "true") => Ok((Value::Bool(true), at + 4)),
            b'f' if self.starts(at, "false") => Ok((Value::Bool(false), at + 5)),
            b'N' if self.starts(at, "NaN") => self.constant(vm, "NaN", f64::NAN, at),
            b'I' if self.starts(at, "Infinity") => self.constant(vm, "Infinity", f64::INFINITY, at),
            b'-' if self.starts(at, "-Infinity") => {
                self.constant(vm, "-Infinity", f64::NEG_INFINITY, at)
            }
            b'-' | b'0'..=b'9' => self.number(vm, at),
            _ => fail("Expecting value", at),
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str, f: f64, at: usize) -> Parsed<(Value, usize)> {
        let v = match &self.cfg.parse_constant {
            Some(hook) => vm.call(hook, vec![Value::str(name)], vec![])?,
            None => Value::Float(f),
        };
        Ok((v, at + name.len()))
    }

    fn digits(&self, mut at: usize) -> usize {
        while matches!(self.bytes.get(at), Some(b'0'..=b'9')) {
            at += 1;
        }
        at
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, as int or float.
    fn number(&self, vm: &mut Vm, start: usize) -> Parsed<(Value, usize)> {
        let mut at = start + usize::from(self.bytes[start] == b'-');
        match self.bytes.get(at) {
            Some(b'0') => at += 1,
            Some(b'1'..=b'9') => at = self.digits(at),
            _ => return fail("Expecting value", start),
        }
        let mut is_float = false;
        if self.bytes.get(at) == Some(&b'.')
            && self.bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
        {
            at = self.digits(at + 1);
            is_float = true;
        }
        if matches!(self.bytes.get(at), Some(b'e' | b'E')) {
            let mut e = at + 1;
            if matches!(self.bytes.get(e), Some(b'+' | b'-')) {
                e += 1;
            }
            if self.bytes.get(e).is_some_and(u8::is_ascii_digit) {
                at = self.digits(e);
                is_float = true;
            }
        }
        let text = &self.text[start..at];
        let hook = if is_float {
            &self.cfg.parse_float
        } else {
            &self.cfg.parse_int
        };
        let v = match hook {
            Some(hook) => vm.call(hook, vec![Value::str(text)], vec![])?,
            None if is_float => Value::Float(text.parse().unwrap_or(f64::NAN)),
            None => match text.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => parse_int(text, 10)?,
            },
        };
        Ok((v, at))
    }

    /// The string whose opening quote is at byte `start`.
    fn string(&self, start: usize) -> Parsed<(Value, usize)> {
        let (s, end) = self.string_text(start)?;
        Ok((Value::string(s), end))
    }

    fn string_text(&self, start: usize) -> Parsed<(String, usize)> {
        let b = self.bytes;
        let mut out = String::new();
        let mut at = start + 1;
        loop {
            let run = at;
            while at < b.len()
                && b[at] != b'"'
                && b[at] != b'\\'
                && (b[at] >= 0x20 || !self.cfg.strict)
            {
                at += 1;
            }
            out.push_str(&self.text[run..at]);
            match b.get(at) {
                None => return fail("Unterminated string starting at", start),
                Some(b'"') => return Ok((out, at + 1)),
                Some(b'\\') => at = self.escape(at, start, &mut out)?,
                Some(_) => return fail("Invalid control character at", at),
            }
        }
    }

    /// Decodes the escape whose backslash is at byte `at` into `out`; the offset after it.
    fn escape(&self, at: usize, start: usize, out: &mut String) -> Parsed<usize> {
        let c = match self.bytes.get(at + 1) {
            None => return fail("Unterminated string starting at", start),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(at + 1, out),
            Some(_) => return fail("Invalid \\escape", at),
        };
        out.push(c);
        Ok(at + 2)
    }

    /// The four hex digits after the `u` at byte `u` (CPython wants one more
    /// character after them).
    fn hex4(&self, u: usize) -> Option<u32> {
        if self.bytes.len() <= u + 5 {
            return None;
        }
        let digits = self.bytes.get(u + 1..u + 5)?;
        let text = std::str::from_utf8(digits).ok()?;
        if !text.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(text, 16).ok()
    }

    /// `\uXXXX` (the `u` at byte `u`), joining a surrogate pair into one character.
    fn unicode_escape(&self, u: usize, out: &mut String) -> Parsed<usize> {
        let Some(code) = self.hex4(u) else {
            return fail("Invalid \\uXXXX escape", u);
        };
        let mut end = u + 5;
        let mut code = code;
        if (0xd800..0xdc00).contains(&code) && self.bytes[end..].starts_with(b"\\u") {
            match self.hex4(end + 1) {
                None => return fail("Invalid \\uXXXX escape", end + 1),
                Some(low @ 0xdc00..=0xdfff) => {
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    end += 6;
                }
                Some(_) => {}
            }
        }
        let c = char::from_u32(code).unwrap_or_else(|| {
            if self.surrogate.get().is_none() {
                self.surrogate.set(Some(code));
            }
            char::REPLACEMENT_CHARACTER
        });
        out.push(c);
        Ok(end)
    }

    /// The object whose `{` is just before byte `at`.
    fn object(&self, vm: &mut Vm, at: usize) -> Parsed<(Value, usize)> {
        let mut pairs = Vec::new();
        let mut at = self.skip_ws(at);
        if self.bytes.get(at) != Some(&b'}') {
            loop {
                if self.bytes.get(at) != Some(&b'"') {
                    return fail("Expecting property name enclosed in double quotes", at);
                }
                let (key, after) = self.string_text(at)?;
                at = self.skip_ws(after);
                if self.bytes.get(at) != Some(&b':') {
                    return fail("Expecting ':' delimiter", at);
                }
                let (value, after) = self.value(vm, self.skip_ws(at + 1))?;
                pairs.push((Value::string(key), value));
                at = self.skip_ws(after);
                match self.bytes.get(at) {
                    Some(b'}') => break,
                    Some(b',') => at = self.skip_ws(at + 1),
                    _ => return fail("Expecting ',' delimiter", at),
                }
            }
        }
        Ok((self.make_object(vm, pairs)?, at + 1))
    }

    fn make_object(&self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if let Some(hook) = &self.cfg.object_pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            return vm.call(hook, vec![Value::list(list)], vec![]);
        }
        let mut d = Dict::with_capacity_and_hasher(pairs.len(), Default::default());
        for (k, v) in pairs {
            d.insert(HashKey::new(k)?, v);
        }
        let d = Value::dict(d);
        match &self.cfg.object_hook {
            Some(hook) => vm.call(hook, vec![d], vec![]),
            None => Ok(d),
        }
    }

    /// The array whose `[` is just before byte `at`.
    fn array(&self, vm: &mut Vm, at: usize) -> Parsed<(Value, usize)> {
        let mut items = Vec::new();
        let mut at = self.skip_ws(at);
        if self.bytes.get(at) != Some(&b']') {
            loop {
                let (v, after) = self.value(vm, at)?;
                items.push(v);
                at = self.skip_ws(after);
                match self.bytes.get(at) {
                    Some(b']') => break,
                    Some(b',') => at = self.skip_ws(at + 1),
                    _ => return fail("Expecting ',' delimiter", at),
                }
            }
        }
        Ok((Value::list(items), at + 1))
    }
}
