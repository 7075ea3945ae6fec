//! `io.StringIO`: text in memory, read and written at a position counted in
//! characters (which may be past the end: writing there pads with NULs).

use std::cell::RefCell;
use std::rc::Rc;

use super::{base_class, IoBase};
use crate::objects::args;
use crate::objects::class::{BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The text and position of a StringIO.
#[derive(Debug, Default)]
struct Buffer {
    text: String,
    /// The position, in characters.
    pos: usize,
    closed: bool,
}

impl Buffer {
    /// The byte offset of character `i` (the end when past it).
    fn byte_at(&self, i: usize) -> usize {
        if self.text.is_ascii() {
            return i.min(self.text.len());
        }
        self.text
            .char_indices()
            .nth(i)
            .map_or(self.text.len(), |(b, _)| b)
    }

    fn char_len(&self) -> usize {
        if self.text.is_ascii() {
            self.text.len()
        } else {
            self.text.chars().count()
        }
    }

    fn check(&self) -> PyResult<()> {
        if self.closed {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "I/O operation on closed file",
            ));
        }
        Ok(())
    }

    /// Reads up to `n` characters from the position (all when `None`), up to and
    /// including a `\n` when `line`.
    fn read(&mut self, n: Option<usize>, line: bool) -> String {
        let start = self.byte_at(self.pos);
        let rest = &self.text[start..];
        let mut end = match n {
            Some(n) => {
                let cut = if self.text.is_ascii() {
                    n.min(rest.len())
                } else {
                    rest.char_indices().nth(n).map_or(rest.len(), |(b, _)| b)
                };
                cut
            }
            None => rest.len(),
        };
        if line {
            if let Some(i) = rest[..end].find('\n') {
                end = i + 1;
            }
        }
        let out = rest[..end].to_string();
        self.pos += if self.text.is_ascii() {
            out.len()
        } else {
            out.chars().count()
        };
        out
    }

    fn write(&mut self, s: &str) -> PyResult<()> {
        if s.is_empty() {
            // Writing nothing past the end pads nothing.
            return Ok(());
        }
        if self.pos > 1 << 34 {
            // CPython raises instead of trying to fill an impossible gap.
            return Err(PyErr::bare(ExcKind::MemoryError));
        }
        let len = self.char_len();
        if self.pos > len {
            self.text.extend(std::iter::repeat_n('\0', self.pos - len));
        }
        let start = self.byte_at(self.pos);
        let n = s.chars().count();
        let end = self.byte_at(self.pos + n);
        self.text.replace_range(start..end, s);
        self.pos += n;
        Ok(())
    }
}

/// A StringIO as a Python object.
#[derive(Debug)]
pub struct StringIO(RefCell<Buffer>);

thread_local! {
    static CLASS: Rc<Class> = {
        let c = Class::native(
            "_io",
            "StringIO",
            BuiltinType::Native,
            vec![base_class(IoBase::Text)],
            None,
        );
        c.add_methods(METHODS);
        c.constructor.set(Some(|_, _, a, kw| new(&a, &kw)));
        c
    };
}

/// The class `io.StringIO`.
pub fn class() -> Rc<Class> {
    CLASS.with(Rc::clone)
}

impl NativeObject for StringIO {
    fn class(&self) -> Rc<Class> {
        class()
    }

    fn type_name(&self) -> &'static str {
        "_io.StringIO"
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "closed" => Some(Value::Bool(self.0.borrow().closed)),
            "line_buffering" => Some(Value::Bool(false)),
            "newlines" => Some(Value::None),
            _ => None,
        }
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _: &mut Vm) -> PyResult<Option<Value>> {
        let mut b = self.0.borrow_mut();
        b.check()?;
        let line = b.read(None, true);
        Ok((!line.is_empty()).then(|| Value::string(line)))
    }
}

/// `io.StringIO(initial_value='', newline='\n')`.
fn new(a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("StringIO", a, 0, 2)?;
    args::only_kwargs("StringIO", kw, &["initial_value", "newline"])?;
    let text = match a.first().or_else(|| args::kwarg(kw, "initial_value")) {
        None | Some(Value::None) => String::new(),
        Some(v) => v
            .as_str()
            .ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!("initial_value must be str or None, not {}", v.type_name()),
                )
            })?
            .to_string(),
    };
    match a.get(1).or_else(|| args::kwarg(kw, "newline")) {
        None => {}
        Some(v) if v.as_str() == Some("\n") => {}
        Some(_) => {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                "io.StringIO with a newline other than '\\n' is not supported",
            ))
        }
    }
    Ok(Native::value(StringIO(RefCell::new(Buffer {
        text,
        pos: 0,
        closed: false,
    }))))
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("read", read),
    MethodDef::new("readline", readline),
    MethodDef::new("readlines", readlines),
    MethodDef::new("write", write),
    MethodDef::new("writelines", writelines),
    MethodDef::new("getvalue", getvalue),
    MethodDef::new("seek", seek),
    MethodDef::new("tell", tell),
    MethodDef::new("truncate", truncate),
    MethodDef::new("flush", flush),
    MethodDef::new("close", close),
    MethodDef::new("readable", yes),
    MethodDef::new("writable", yes),
    MethodDef::new("seekable", yes),
    MethodDef::new("isatty", isatty),
    MethodDef::new("__enter__", super::enter),
    MethodDef::new("__exit__", close),
    MethodDef::new("__iter__", super::enter),
    MethodDef::new("__next__", next),
];

/// The open buffer of the StringIO a method was called on.
fn this(a: &[Value]) -> PyResult<std::cell::RefMut<'_, Buffer>> {
    let b = a
        .first()
        .and_then(Value::downcast::<StringIO>)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a StringIO"))?
        .0
        .borrow_mut();
    b.check()?;
    Ok(b)
}

fn read(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = super::binary::size_arg(a.get(1))?;
    Ok(Value::string(this(a)?.read(n, false)))
}

fn readline(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = super::binary::size_arg(a.get(1))?;
    Ok(Value::string(this(a)?.read(n, true)))
}

fn readlines(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let hint = super::binary::size_arg(a.get(1))?.filter(|h| *h > 0);
    let mut b = this(a)?;
    let (mut out, mut total) = (Vec::new(), 0);
    loop {
        let line = b.read(None, true);
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        out.push(Value::string(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(out))
}

fn text_arg(v: &Value) -> PyResult<&str> {
    v.as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("string argument expected, got '{}'", v.type_name()),
        )
    })
}

fn write(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("write", a, 1, 1)?;
    let s = text_arg(&a[1])?;
    this(a)?.write(s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn writelines(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("writelines", a, 1, 1)?;
    this(a)?;
    let it = vm.get_iter(a[1].clone())?;
    while let Some(line) = vm.iter_next(&it)? {
        this(a)?.write(text_arg(&line)?)?;
    }
    Ok(Value::None)
}

fn getvalue(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&this(a)?.text))
}

fn seek(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("seek", a, 1, 2)?;
    let offset = args::int(&a[1], "")?;
    let whence = super::binary::whence_arg(a.get(2), true)?;
    let mut b = this(a)?;
    match whence {
        0 if offset < 0 => Err(PyErr::new(
            ExcKind::ValueError,
            format!("Negative seek position {offset}"),
        )),
        0 => {
            b.pos = offset as usize;
            Ok(Value::Int(offset))
        }
        _ if offset != 0 => Err(PyErr::new(
            ExcKind::OSError,
            "Can't do nonzero cur-relative seeks",
        )),
        1 => Ok(Value::Int(b.pos as i64)),
        _ => {
            b.pos = b.char_len();
            Ok(Value::Int(b.pos as i64))
        }
    }
}

fn tell(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.pos as i64))
}

fn truncate(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("truncate", a, 0, 1)?;
    let mut b = this(a)?;
    let size = match a.get(1) {
        None | Some(Value::None) => b.pos,
        Some(v) => {
            let n = args::int(v, "")?;
            if n < 0 {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("Negative size value {n}"),
                ));
            }
            n as usize
        }
    };
    let cut = b.byte_at(size);
    b.text.truncate(cut);
    Ok(Value::Int(size as i64))
}

fn flush(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(Value::None)
}

fn close(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    if let Some(s) = a.first().and_then(Value::downcast::<StringIO>) {
        let mut b = s.0.borrow_mut();
        b.closed = true;
        b.text = String::new();
    }
    Ok(Value::None)
}

fn yes(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(Value::Bool(true))
}

fn isatty(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(Value::Bool(false))
}

fn next(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = a
        .first()
        .and_then(Value::downcast::<StringIO>)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a StringIO"))?;
    match s.next(vm)? {
        Some(line) => Ok(line),
        None => Err(PyErr::bare(ExcKind::StopIteration)),
    }
}
