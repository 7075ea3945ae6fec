//! `repr()`, `str()` and formatting: CPython's text for every built-in value and
//! exception, user
//! `__repr__`/`__str__`/`__format__`, f-string fields and `%`-formatting.

use crate::objects::NameKeys;
use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::objects::bytes::{repr_bytearray, repr_bytes};
use crate::objects::float::repr_float;
use crate::objects::format::{format_float, format_int, format_str, IntArg};
use crate::objects::int::big_to_string;
use crate::objects::str::repr_str;
use crate::objects::{ExcKind, PyErr, PyResult, Value};

thread_local! {
    /// Containers being repr'd, so a list that contains itself prints `[...]`.
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => big_to_string(b)?,
            Value::Float(f) => repr_float(*f),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Bytes(b) => repr_bytes(b),
            Value::ByteArray(b) => repr_bytearray(&b.borrow()),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::DictView(_) => return self.repr_container(v),
            Value::Range(r) => {
                if r.2 == 1 {
                    format!("range({}, {})", r.0, r.1)
                } else {
                    format!("range({}, {}, {})", r.0, r.1, r.2)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.0)?,
                self.repr(&s.1)?,
                self.repr(&s.2)?
            ),
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow(),
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Builtin(b) => match &b.bound {
                Some(recv) if !matches!(recv, Value::Module(_)) => {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.def.name,
                        recv.type_name(),
                        recv.heap_ptr().unwrap_or(0)
                    )
                }
                _ => format!("<built-in function {}>", b.def.name),
            },
            Value::NativeMethod(d) => format!("<method '{}'>", d.name),
            Value::BoundMethod(m) => {
                let name = self
                    .get_attr(&m.func, "__qualname__")
                    .ok()
                    .and_then(|n| n.as_str().map(String::from))
                    .unwrap_or_default();
                let recv = self.repr(&m.receiver)?;
                format!("<bound method {name} of {recv}>")
            }
            Value::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                g.kind.get().type_name(),
                g.qualname.borrow(),
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Class(c)
                if c.metaclass.is_some() && self.lookup_method(v, "__repr__").is_some() =>
            {
                let m = self.lookup_method(v, "__repr__").unwrap_or_default();
                let r = self.call(&m, vec![], vec![])?;
                return repr_result(r);
            }
            Value::Class(c) if &*c.module == "builtins" => format!("<class '{}'>", c.qualname),
            Value::Class(c) => format!("<class '{}.{}'>", c.module, c.qualname),
            Value::Instance(inst) => {
                if self.is_not_implemented(v) {
                    return Ok("NotImplemented".into());
                }
                if Rc::ptr_eq(&inst.class, &crate::objects::class::types().ellipsis) {
                    return Ok("Ellipsis".into());
                }
                if let (Some(Value::Set(set)), false) = (
                    inst.base.as_deref(),
                    matches!(inst.class.lookup_slot("__repr__"), Some(Value::Function(_))),
                ) {
                    // A set (or frozenset) subclass names itself: `S({1})`, `S()`.
                    let items = set.iter().into_iter().map(|k| k.value).collect::<Vec<_>>();
                    let inner = match items.is_empty() {
                        true => String::new(),
                        false => format!("{{{}}}", self.repr_items(&items)?),
                    };
                    return Ok(format!("{}({inner})", inst.class.name));
                }
                if let Some(m) = self.lookup_method(v, "__repr__") {
                    let r = self.call(&m, vec![], vec![])?;
                    return repr_result(r);
                }
                if let Some(base) = crate::objects::class::builtin_part(v, "__repr__") {
                    return self.repr(base);
                }
                if inst.exc.is_some() {
                    return self.exception_base_repr(inst);
                }
                object_repr(inst, v)
            }
            Value::Iter(it) => {
                // itertools.count and repeat show their state, as in CPython.
                let state = match &*it.borrow() {
                    crate::objects::iter::NativeIter::Count { next, step } => {
                        Some((next.clone(), Some(step.clone()), "count"))
                    }
                    crate::objects::iter::NativeIter::Repeat { value, left } => {
                        Some((value.clone(), left.map(|n| Value::Int(n as i64)), "repeat"))
                    }
                    _ => None,
                };
                match state {
                    Some((first, second, name)) => {
                        let first = self.repr(&first)?;
                        match second {
                            Some(Value::Int(1)) if name == "count" => format!("{name}({first})"),
                            Some(s) => format!("{name}({first}, {})", self.repr(&s)?),
                            None => format!("{name}({first})"),
                        }
                    }
                    None => format!(
                        "<{} object at {:#x}>",
                        it.borrow().type_name(),
                        v.heap_ptr().unwrap_or(0)
                    ),
                }
            }
            Value::Module(m) => {
                let d = m.dict.borrow();
                match d.get_name("__file__").and_then(Value::as_str) {
                    Some(file) => format!("<module '{}' from '{file}'>", m.name),
                    None if d.has_name("__path__") => {
                        format!("<module '{}' (namespace)>", m.name)
                    }
                    None => format!("<module '{}' (built-in)>", m.name),
                }
            }
            Value::Cell(_) => format!("<cell at {:#x}>", v.heap_ptr().unwrap_or(0)),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                v.heap_ptr().unwrap_or(0),
                c.source.name,
                c.first_line
            ),
            Value::Native(n) => match n.repr(self) {
                Some(r) => r?,
                None => format!(
                    "<{} object at {:#x}>",
                    n.type_name(),
                    v.heap_ptr().unwrap_or(0)
                ),
            },
            Value::FrameView(_) | Value::CallFrame(_) => self.frame_repr(v),
            Value::Undef => "<NULL>".into(),
        })
    }

    /// `BaseException.__repr__`: `Name(arg, ...)`, ignoring any override.
    pub fn exception_base_repr(&mut self, inst: &crate::objects::Instance) -> PyResult<String> {
        let args = inst
            .exc
            .as_ref()
            .map(|e| e.borrow().args.clone())
            .unwrap_or_default();
        let inner = self.nested(" while getting the repr of an object", |vm| {
            Ok(match args.as_slice() {
                [a] => vm.repr(a)?,
                [] => String::new(),
                _ => {
                    let t = vm.repr(&Value::tuple(args.clone()))?;
                    t[1..t.len() - 1].to_string()
                }
            })
        })?;
        Ok(format!("{}({inner})", inst.class.name))
    }

    fn repr_container(&mut self, v: &Value) -> PyResult<String> {
        let ptr = v.heap_ptr().unwrap_or(0);
        if IN_REPR.with(|s| s.borrow().contains(&ptr)) {
            return Ok(match v {
                Value::Dict(_) => "{...}".into(),
                Value::List(_) => "[...]".into(),
                _ => "...".into(),
            });
        }
        IN_REPR.with(|s| s.borrow_mut().push(ptr));
        let r = self.nested(" while getting the repr of an object", |vm| {
            vm.repr_container_inner(v)
        });
        IN_REPR.with(|s| s.borrow_mut().pop());
        r
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr(it)?);
        }
        Ok(parts.join(", "))
    }

    fn repr_container_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::List(l) => {
                let items = l.borrow().clone();
                format!("[{}]", self.repr_items(&items)?)
            }
            Value::Tuple(t) if t.len() == 1 => format!("({},)", self.repr(&t[0])?),
            Value::Tuple(t) => format!("({})", self.repr_items(t)?),
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone()))
                    .collect();
                let mut parts = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&v)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.iter().into_iter().map(|k| k.value).collect();
                let name = if s.frozen { "frozenset" } else { "set" };
                match (items.is_empty(), s.frozen) {
                    (true, _) => format!("{name}()"),
                    (false, false) => format!("{{{}}}", self.repr_items(&items)?),
                    (false, true) => format!("frozenset({{{}}})", self.repr_items(&items)?),
                }
            }
            Value::DictView(view) => {
                let items = view.items();
                format!("{}([{}])", view.type_name(), self.repr_items(&items)?)
            }
            _ => unreachable!("not a container"),
        })
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                if let Some(base @ Value::Str(_)) =
                    crate::objects::class::builtin_part(v, "__str__")
                {
                    return self.str_of(base);
                }
                if let Some(m) = self.lookup_method(v, "__str__") {
                    let r = self.call(&m, vec![], vec![])?;
                    return match r {
                        Value::Str(ref s) => Ok(s.as_str().to_string()),
                        other => Err(PyErr::new(
                            ExcKind::TypeError,
                            format!("__str__ returned non-string (type {})", other.type_name()),
                        )),
                    };
                }
                if inst.exc.is_some() {
                    let e = PyErr(inst.clone());
                    return self.exception_str(&e);
                }
                self.repr(v)
            }
            Value::Native(_) => match self.lookup_method(v, "__str__") {
                Some(m) => {
                    let r = self.call(&m, vec![], vec![])?;
                    self.str_of(&r)
                }
                None => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(i) if spec.is_empty() => Ok(i.to_string()),
            Value::Int(i) => format_int(IntArg::Small(*i), spec, "int"),
            Value::BigInt(b) => format_int(IntArg::Big(b), spec, "int"),
            Value::Bool(_) if spec.is_empty() => self.str_of(v),
            Value::Bool(b) => format_int(IntArg::Small(*b as i64), spec, "bool"),
            Value::Float(f) => format_float(*f, spec),
            Value::Str(s) => format_str(s.as_str(), spec),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(m) = self.lookup_method(v, "__format__") {
                    let r = self.call(&m, vec![Value::str(spec)], vec![])?;
                    return self.str_of(&r);
                }
                if let Some(base) = crate::objects::class::builtin_part(v, "__format__")
                    .filter(|_| !spec.is_empty())
                {
                    return self.format(base, spec);
                }
                if !spec.is_empty() {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "unsupported format string passed to {}.__format__",
                            v.type_name()
                        ),
                    ));
                }
                self.str_of(v)
            }
            _ if spec.is_empty() => self.str_of(v),
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "unsupported format string passed to {}.__format__",
                    v.type_name()
                ),
            )),
        }
    }

    /// `FormatValue`: an f-string field.
    pub(super) fn format_value_op(&mut self, fl: u32) -> PyResult<()> {
        let frame = self.frames.last_mut().expect("frame");
        let spec = if fl & 4 != 0 { frame.stack.pop() } else { None };
        let v = frame.stack.pop().expect("value");
        let v = match fl & 3 {
            1 => Value::string(self.str_of(&v)?),
            2 => Value::string(self.repr(&v)?),
            3 => Value::string(ascii(&self.repr(&v)?)),
            _ => v,
        };
        let spec = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
        let s = match (&v, spec) {
            (Value::Str(_), "") => v,
            _ => Value::string(self.format(&v, spec)?),
        };
        self.frames.last_mut().expect("frame").stack.push(s);
        Ok(())
    }

    /// REPL echo: print `repr(v)` unless it is None, and bind `_`.
    pub(super) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if matches!(v, Value::None) {
            return Ok(());
        }
        let text = self.repr(&v)?;
        // To sys.stdout, as CPython's displayhook writes: the interpreter's own
        // output unless the program replaced it (doctest, redirect_stdout).
        let (stdout, original) = {
            let sys = self.sys_dict.borrow();
            (
                sys.get_name("stdout").cloned(),
                sys.get_name("__stdout__").cloned(),
            )
        };
        match (stdout, original) {
            (Some(Value::None), _) => {}
            (Some(out), Some(orig)) if !out.is(&orig) => {
                let write = self.get_attr(&out, "write")?;
                self.call(&write, vec![Value::string(text + "\n")], vec![])?;
            }
            _ => {
                self.write_out(&text)?;
                self.write_out("\n")?;
            }
        }
        self.builtins.borrow_mut().set_name("_", v);
        Ok(())
    }

    /// `fmt % args` (printf-style formatting).
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        self.percent_core(fmt, args, false)
    }

    /// `bytes % args`: the same directives, with `%s`/`%b` taking bytes-like objects
    /// (or `__bytes__`), `%r`/`%a` giving ASCII reprs and `%c` a byte.
    pub fn percent_format_bytes(&mut self, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
        let text: String = fmt.iter().map(|b| *b as char).collect();
        let out = self.percent_core(&text, args, true)?;
        // Every character the bytes directives produce is below 256.
        Ok(out.chars().map(|c| c as u32 as u8).collect())
    }

    /// The bytes of a `%s`/`%b` argument of bytes formatting, as Latin-1 text.
    fn percent_bytes_arg(&mut self, arg: &Value) -> PyResult<String> {
        let data = match arg.as_bytes() {
            Some(b) => b.to_vec(),
            None => {
                let m = match arg {
                    Value::Instance(_) => self.lookup_method(arg, "__bytes__"),
                    _ => None,
                };
                let Some(m) = m else {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "%b requires a bytes-like object, or an object that implements \
                             __bytes__, not '{}'",
                            arg.type_name()
                        ),
                    ));
                };
                let r = self.call(&m, vec![], vec![])?;
                let Some(b) = r.as_bytes() else {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("__bytes__ returned non-bytes (type {})", r.type_name()),
                    ));
                };
                b.to_vec()
            }
        };
        Ok(data.iter().map(|b| *b as char).collect())
    }

    fn percent_core(&mut self, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
        let items: Vec<Value> = match args {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        let mapping = match args {
            Value::Dict(_) => Some(args.clone()),
            _ => None,
        };
        let mut next = items.iter();
        let mut take = |what: &str| -> PyResult<Value> {
            next.next().cloned().ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!("not enough arguments for format string{what}"),
                )
            })
        };
        let mut used_mapping = false;
        let mut out = String::new();
        let mut chars = fmt.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut key = None;
            if chars.peek() == Some(&'(') {
                chars.next();
                let mut k = String::new();
                let mut depth = 1;
                for ch in chars.by_ref() {
                    match ch {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    k.push(ch);
                }
                key = Some(k);
            }
            let mut flags = String::new();
            while let Some(&d) = chars.peek() {
                if "-+ #0".contains(d) {
                    flags.push(d);
                    chars.next();
                } else {
                    break;
                }
            }
            let mut width = String::new();
            if chars.peek() == Some(&'*') {
                chars.next();
                width = crate::objects::args::int(&take("")?, "")?.to_string();
            } else {
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    width.push(d);
                    chars.next();
                }
            }
            let mut precision = None;
            if chars.peek() == Some(&'.') {
                chars.next();
                let mut p = String::new();
                if chars.peek() == Some(&'*') {
                    chars.next();
                    p = crate::objects::args::int(&take("")?, "")?.to_string();
                } else {
                    while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                        p.push(d);
                        chars.next();
                    }
                }
                precision = Some(p.parse::<usize>().unwrap_or(0));
            }
            let Some(conv) = chars.next() else {
                return Err(PyErr::new(ExcKind::ValueError, "incomplete format"));
            };
            if conv == '%' && key.is_none() {
                out.push('%');
                continue;
            }
            let arg = match (&key, &mapping) {
                (Some(k), Some(m)) => {
                    used_mapping = true;
                    let key = if bytes {
                        Value::bytes(k.chars().map(|c| c as u32 as u8).collect())
                    } else {
                        Value::str(k)
                    };
                    self.get_item(m, &key)?
                }
                (Some(_), None) => {
                    return Err(PyErr::new(ExcKind::TypeError, "format requires a mapping"))
                }
                (None, _) => take("")?,
            };
            // A number of a subclass of int or float formats as its value.
            let number = match conv {
                's' | 'r' | 'a' => None,
                _ => crate::objects::class::builtin_part(&arg, "__index__").cloned(),
            };
            let arg = number.unwrap_or(arg);
            let left = flags.contains('-');
            let zero = flags.contains('0') && !left;
            let sign = if flags.contains('+') {
                "+"
            } else if flags.contains(' ') {
                " "
            } else {
                ""
            };
            let pad = |s: String| -> PyResult<String> {
                crate::objects::format::format_str(
                    &s,
                    &format!("{}{width}", if left { "<" } else { ">" }),
                )
            };
            let text = match conv {
                's' | 'r' | 'a' | 'b' if bytes || conv != 'b' => {
                    let s = match conv {
                        's' | 'b' if bytes => self.percent_bytes_arg(&arg)?,
                        'r' if bytes => ascii(&self.repr(&arg)?),
                        's' => self.str_of(&arg)?,
                        'r' => self.repr(&arg)?,
                        _ => ascii(&self.repr(&arg)?),
                    };
                    let s = match precision {
                        Some(p) => s.chars().take(p).collect(),
                        None => s,
                    };
                    pad(s)?
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let n = match &arg {
                        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                            crate::objects::float::float_to_int(f.trunc())?
                        }
                        other => other.clone(),
                    };
                    let Some(big) = crate::objects::int::to_big(&n) else {
                        let what = if matches!(conv, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            format!(
                                "%{conv} format: {what} is required, not {}",
                                arg.type_name()
                            ),
                        ));
                    };
                    let radix = match conv {
                        'x' | 'X' => 16,
                        'o' => 8,
                        _ => 10,
                    };
                    let mut digits = num_traits::Signed::abs(&big).to_str_radix(radix);
                    if conv == 'X' {
                        digits = digits.to_uppercase();
                    }
                    if let Some(p) = precision {
                        if digits.len() < p {
                            digits = "0".repeat(p - digits.len()) + &digits;
                        }
                    }
                    let prefix = match (flags.contains('#'), conv) {
                        (true, 'x') => "0x",
                        (true, 'X') => "0X",
                        (true, 'o') => "0o",
                        _ => "",
                    };
                    let sgn = if num_traits::Signed::is_negative(&big) {
                        "-"
                    } else {
                        sign
                    };
                    let head = format!("{sgn}{prefix}");
                    let w: usize = width.parse().unwrap_or(0);
                    if zero && head.len() + digits.len() < w {
                        format!(
                            "{head}{}{digits}",
                            "0".repeat(w - head.len() - digits.len())
                        )
                    } else {
                        pad(format!("{head}{digits}"))?
                    }
                }
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    let f = match &arg {
                        Value::Float(f) => *f,
                        other => match crate::objects::int::to_big(other) {
                            Some(b) => crate::objects::int::big_to_f64(&b)?,
                            None => {
                                return Err(PyErr::new(
                                    ExcKind::TypeError,
                                    format!("must be real number, not {}", other.type_name()),
                                ))
                            }
                        },
                    };
                    let align = if left {
                        "<"
                    } else if zero {
                        ""
                    } else {
                        ">"
                    };
                    let z = if zero { "0" } else { "" };
                    let alt = if flags.contains('#') { "#" } else { "" };
                    format_float(
                        f,
                        &format!(
                            "{align}{sign}{alt}{z}{width}.{}{conv}",
                            precision.unwrap_or(6)
                        ),
                    )?
                }
                'c' if bytes => {
                    let byte = match (arg.as_i64(), arg.as_bytes().as_deref()) {
                        (Some(i), _) => u8::try_from(i).map_err(|_| {
                            PyErr::new(ExcKind::OverflowError, "%c arg not in range(256)")
                        })?,
                        (None, Some([b])) => *b,
                        _ => {
                            return Err(PyErr::new(
                                ExcKind::TypeError,
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    };
                    pad((byte as char).to_string())?
                }
                'c' => {
                    let ch = match &arg {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                        other => match other.as_i64().and_then(|i| char::from_u32(i as u32)) {
                            Some(c) => c.to_string(),
                            None => {
                                return Err(PyErr::new(
                                    ExcKind::TypeError,
                                    "%c requires int or char",
                                ))
                            }
                        },
                    };
                    pad(ch)?
                }
                other => {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!(
                            "unsupported format character '{other}' ({:#x}) at index {}",
                            other as u32,
                            out.len() + 1
                        ),
                    ))
                }
            };
            out.push_str(&text);
        }
        // A lone argument that is not a tuple must be used too, unless it is a
        // mapping-like object (CPython's test: a type with mapping methods, other than
        // the type being formatted).
        let mapping_like = matches!(
            args,
            Value::Dict(_)
                | Value::List(_)
                | Value::Range(_)
                | Value::Instance(_)
                | Value::Native(_)
        ) || (!bytes && matches!(args, Value::Bytes(_) | Value::ByteArray(_)));
        if !used_mapping
            && next.next().is_some()
            && (matches!(args, Value::Tuple(_)) || !mapping_like)
        {
            let what = if bytes { "bytes" } else { "string" };
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("not all arguments converted during {what} formatting"),
            ));
        }
        Ok(out)
    }
}

/// What a `__repr__` returned, which must be a str.
fn repr_result(r: Value) -> PyResult<String> {
    match r {
        Value::Str(ref s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::new(
            ExcKind::TypeError,
            format!("__repr__ returned non-string (type {})", other.type_name()),
        )),
    }
}

/// `object.__repr__`: `<module.C object at 0x...>` (`<object object at ...>` for
/// built-in classes).
pub fn object_repr(inst: &crate::objects::Instance, v: &Value) -> String {
    let at = v.heap_ptr().unwrap_or(0);
    if inst.class.builtin.is_some() || &*inst.class.module == "builtins" {
        format!("<{} object at {at:#x}>", inst.class.qualname)
    } else {
        format!(
            "<{}.{} object at {at:#x}>",
            inst.class.module, inst.class.qualname
        )
    }
}

/// `ascii()`: escapes non-ASCII characters of a repr.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

impl Vm {
    /// `str(exc)`.
    pub fn exception_str(&mut self, err: &PyErr) -> PyResult<String> {
        if let Some(Value::Function(_)) = err.class().lookup_slot("__str__") {
            return self.str_of(&err.value());
        }
        self.exception_base_str(err)
    }

    /// `BaseException.__str__`: from the args, ignoring any override.
    pub fn exception_base_str(&mut self, err: &PyErr) -> PyResult<String> {
        let group = err.data().group.clone();
        if let Some((message, Value::Tuple(members))) = &group {
            // BaseExceptionGroup's __str__.
            let n = members.len();
            let plural = if n == 1 { "" } else { "s" };
            return Ok(format!(
                "{} ({n} sub-exception{plural})",
                message.as_str().unwrap_or_default()
            ));
        }
        let args = err.data().args.clone();
        if err.matches(ExcKind::OSError) {
            // OSError's __str__: from its errno, strerror and filename attributes.
            let attr = |name| match err.0.dict.get(name) {
                None | Some(Value::None) => None,
                v => v,
            };
            let (errno, msg) = (attr("errno"), attr("strerror"));
            let text = |vm: &mut Vm, v: &Option<Value>| match v {
                Some(v) => vm.str_of(v),
                None => Ok("None".to_string()),
            };
            if let Some(f) = attr("filename") {
                let (errno, msg) = (text(self, &errno)?, text(self, &msg)?);
                let f = self.repr(&f)?;
                return Ok(match attr("filename2") {
                    Some(f2) => format!("[Errno {errno}] {msg}: {f} -> {}", self.repr(&f2)?),
                    None => format!("[Errno {errno}] {msg}: {f}"),
                });
            }
            if errno.is_some() && msg.is_some() {
                let (errno, msg) = (text(self, &errno)?, text(self, &msg)?);
                return Ok(format!("[Errno {errno}] {msg}"));
            }
        }
        if err.matches(ExcKind::UnicodeError) {
            if let Some(msg) = crate::objects::exc::unicode_error_message(&args) {
                return Ok(msg);
            }
        }
        match args.as_slice() {
            [] => Ok(String::new()),
            [a] if err.matches(ExcKind::KeyError) => self.repr(a),
            [a] => self.str_of(a),
            _ => self.repr(&Value::tuple(args)),
        }
    }
}
