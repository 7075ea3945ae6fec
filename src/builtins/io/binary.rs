//! Binary file objects: `open(path, 'rb'/'wb'/'ab'/'xb'/'r+b'...)` (CPython's
//! `_io.BufferedReader`, `BufferedWriter` and `BufferedRandom`) and `io.BytesIO`, one
//! native type ([`BinaryFile`]) over a [`ByteStream`]. Native code reads and writes the
//! bytes of such an object through [`stream_of`].

use std::cell::RefCell;
use std::io::SeekFrom;
use std::rc::Rc;

use super::stream::ByteStream;
use super::{base_class, unsupported, IoBase};
use crate::objects::args;
use crate::objects::class::{BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Which Python type a binary stream is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryKind {
    /// `_io.BufferedReader` (mode `rb`).
    Reader,
    /// `_io.BufferedWriter` (modes `wb`, `ab`, `xb`).
    Writer,
    /// `_io.BufferedRandom` (a mode with `+`).
    Random,
    /// `_io.BytesIO`.
    BytesIO,
    /// `_io.FileIO` (a binary file opened with `buffering=0`).
    FileIO,
}

impl BinaryKind {
    fn type_name(self) -> &'static str {
        match self {
            BinaryKind::Reader => "_io.BufferedReader",
            BinaryKind::Writer => "_io.BufferedWriter",
            BinaryKind::Random => "_io.BufferedRandom",
            BinaryKind::BytesIO => "_io.BytesIO",
            BinaryKind::FileIO => "_io.FileIO",
        }
    }
}

/// A binary stream as a Python object.
#[derive(Debug)]
pub struct BinaryFile {
    /// The bytes and their buffers.
    pub stream: RefCell<ByteStream>,
    kind: BinaryKind,
    /// `name` (the path it was opened with; none for a BytesIO).
    name: Option<Value>,
    /// `mode` (CPython's form: `rb`, `wb`, `ab`, `rb+`, ...).
    mode: String,
}

thread_local! {
    static CLASSES: [Rc<Class>; 5] = {
        let mk = |kind: BinaryKind| {
            let name = &kind.type_name()[4..];
            let base = match kind {
                BinaryKind::FileIO => IoBase::Raw,
                _ => IoBase::Buffered,
            };
            let c = Class::native(
                "_io",
                name,
                BuiltinType::Native,
                vec![base_class(base)],
                None,
            );
            c.add_methods(METHODS);
            if matches!(kind, BinaryKind::Reader | BinaryKind::Random) {
                c.add_methods(READER_METHODS);
            }
            c
        };
        let bytes_io = mk(BinaryKind::BytesIO);
        bytes_io.add_methods(BYTESIO_METHODS);
        bytes_io
            .constructor
            .set(Some(|vm, _, a, kw| new_bytes_io(vm, &a, &kw)));
        [
            mk(BinaryKind::Reader),
            mk(BinaryKind::Writer),
            mk(BinaryKind::Random),
            bytes_io,
            mk(BinaryKind::FileIO),
        ]
    };
}

/// The class of a binary stream kind (`io.BytesIO`, `io.BufferedReader`, ...).
pub fn class(kind: BinaryKind) -> Rc<Class> {
    CLASSES.with(|c| c[kind as usize].clone())
}

impl NativeObject for BinaryFile {
    fn class(&self) -> Rc<Class> {
        class(self.kind)
    }

    fn type_name(&self) -> &'static str {
        self.kind.type_name()
    }

    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let name = self.name.as_ref()?;
        Some(vm.repr(name).map(|n| match self.kind {
            BinaryKind::FileIO => {
                format!("<_io.FileIO name={n} mode='{}' closefd=True>", self.mode)
            }
            kind => format!("<{} name={n}>", kind.type_name()),
        }))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "name" => self.name.clone()?,
            "mode" if self.kind != BinaryKind::BytesIO => Value::str(&self.mode),
            "closed" => Value::Bool(self.stream.borrow().is_closed()),
            _ => return None,
        })
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _: &mut Vm) -> PyResult<Option<Value>> {
        let line = self.reading("readline")?.readline(None)?;
        Ok((!line.is_empty()).then(|| Value::bytes(line)))
    }
}

impl BinaryFile {
    /// A binary file object over `stream`.
    pub fn value(stream: ByteStream, kind: BinaryKind, name: Option<Value>, mode: String) -> Value {
        Native::value(BinaryFile {
            stream: RefCell::new(stream),
            kind,
            name,
            mode,
        })
    }

    /// The stream for operation `what`, raising CPython's error when it is closed.
    fn checked(&self, what: &str) -> PyResult<std::cell::RefMut<'_, ByteStream>> {
        let s = self.stream.borrow_mut();
        if s.is_closed() {
            return Err(PyErr::new(ExcKind::ValueError, self.closed_message(what)));
        }
        Ok(s)
    }

    /// CPython's words for an operation on a closed binary stream.
    fn closed_message(&self, what: &str) -> String {
        match (self.kind, what) {
            (BinaryKind::BytesIO, _) | (_, "flush" | "write") => {
                "I/O operation on closed file.".into()
            }
            (_, "read" | "readline" | "seek") => format!("{what} of closed file"),
            _ => "I/O operation on closed file".into(),
        }
    }

    /// The stream for reading (by operation `what`), raising CPython's errors for a
    /// closed or write-only one.
    fn reading(&self, what: &str) -> PyResult<std::cell::RefMut<'_, ByteStream>> {
        if !self.stream.borrow().readable() {
            return Err(unsupported("read"));
        }
        self.checked(what)
    }

    /// The stream for writing, raising CPython's errors for a closed or read-only one.
    fn writing(&self) -> PyResult<std::cell::RefMut<'_, ByteStream>> {
        if !self.stream.borrow().writable() {
            return Err(unsupported("write"));
        }
        self.checked("write")
    }
}

/// The byte stream of a binary file object or BytesIO (`None` for any other value):
/// how native code reads and writes the bytes of a Python binary stream.
pub fn stream_of(v: &Value) -> Option<&RefCell<ByteStream>> {
    v.downcast::<BinaryFile>().map(|f| &f.stream)
}

/// `io.BytesIO(initial_bytes=b'')`.
fn new_bytes_io(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("BytesIO", a, 0, 1)?;
    args::only_kwargs("BytesIO", kw, &["initial_bytes"])?;
    let data = match a.first().or_else(|| args::kwarg(kw, "initial_bytes")) {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_arg(v)?,
    };
    Ok(BinaryFile::value(
        ByteStream::memory(data),
        BinaryKind::BytesIO,
        None,
        String::new(),
    ))
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    v.as_bytes().map(|b| b.to_vec()).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", v.type_name()),
        )
    })
}

/// The methods of binary files and BytesIO.
static METHODS: &[MethodDef] = &[
    MethodDef::new("read", read),
    MethodDef::new("read1", read),
    MethodDef::new("readline", readline),
    MethodDef::new("readinto", readinto),
    MethodDef::new("readlines", readlines),
    MethodDef::new("write", write),
    MethodDef::new("writelines", writelines),
    MethodDef::new("seek", seek),
    MethodDef::new("tell", tell),
    MethodDef::new("truncate", truncate),
    MethodDef::new("flush", flush),
    MethodDef::new("close", close),
    MethodDef::new("fileno", fileno),
    MethodDef::new("isatty", isatty),
    MethodDef::new("readable", readable),
    MethodDef::new("writable", writable),
    MethodDef::new("seekable", seekable),
    MethodDef::new("__enter__", super::enter),
    MethodDef::new("__exit__", close),
    MethodDef::new("__iter__", super::enter),
    MethodDef::new("__next__", next),
];

/// What the buffered readers add.
static READER_METHODS: &[MethodDef] = &[MethodDef::new("peek", peek)];

/// What BytesIO adds.
static BYTESIO_METHODS: &[MethodDef] = &[MethodDef::new("getvalue", getvalue)];

fn this(a: &[Value]) -> PyResult<&BinaryFile> {
    a.first()
        .and_then(Value::downcast::<BinaryFile>)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires a binary stream"))
}

/// A size argument: `None`/absent/negative mean "all".
pub(super) fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if v.as_i64().is_some() => Ok(usize::try_from(v.as_i64().unwrap_or(-1)).ok()),
        Some(v) => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "argument should be integer or None, not '{}'",
                v.type_name()
            ),
        )),
    }
}

fn read(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let n = size_arg(a.get(1))?;
    Ok(Value::bytes(f.reading("read")?.read(n)?))
}

fn readinto(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("readinto", a, 1, 1)?;
    let f = this(a)?;
    let Value::ByteArray(target) = &a[1] else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "readinto() argument must be read-write bytes-like object, not {}",
                a[1].type_name()
            ),
        ));
    };
    let want = target.borrow().len();
    let data = f.reading("readinto")?.read(Some(want))?;
    target.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

/// `peek(size=0)`: the bytes read ahead, without consuming them (reading a chunk
/// when none are; empty only at the end).
fn peek(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("peek", a, 0, 1)?;
    let f = this(a)?;
    size_arg(a.get(1))?;
    let mut s = f.reading("peek")?;
    Ok(Value::bytes(s.fill()?.to_vec()))
}

fn readline(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let n = size_arg(a.get(1))?;
    Ok(Value::bytes(f.reading("readline")?.readline(n)?))
}

fn readlines(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let hint = size_arg(a.get(1))?.filter(|h| *h > 0);
    let mut s = f.reading("readline")?;
    let (mut out, mut total) = (Vec::new(), 0);
    loop {
        let line = s.readline(None)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(Value::bytes(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(out))
}

fn write(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("write", a, 1, 1)?;
    let f = this(a)?;
    let data = bytes_arg(&a[1])?;
    Ok(Value::Int(f.writing()?.write(&data)? as i64))
}

fn writelines(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("writelines", a, 1, 1)?;
    let f = this(a)?;
    let it = vm.get_iter(a[1].clone())?;
    while let Some(line) = vm.iter_next(&it)? {
        let data = bytes_arg(&line)?;
        f.writing()?.write(&data)?;
    }
    Ok(Value::None)
}

/// The `whence` argument of seek (0, 1 or 2).
pub(super) fn whence_arg(v: Option<&Value>, capital: bool) -> PyResult<i64> {
    let whence = match v {
        Some(v) => args::int(v, "")?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        let word = if capital { "Invalid" } else { "invalid" };
        return Err(PyErr::new(
            ExcKind::ValueError,
            format!("{word} whence ({whence}, should be 0, 1 or 2)"),
        ));
    }
    Ok(whence)
}

fn seek(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("seek", a, 1, 2)?;
    let f = this(a)?;
    let offset = args::int(&a[1], "")?;
    let whence = whence_arg(a.get(2), false)?;
    let mut s = f.checked("seek")?;
    let to = match whence {
        0 if offset < 0 && f.kind == BinaryKind::BytesIO => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("negative seek value {offset}"),
            ))
        }
        0 if offset < 0 => return Err(super::super::oserror::with_errno(22, None, None)),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        _ => SeekFrom::End(offset),
    };
    Ok(Value::Int(s.seek(to)? as i64))
}

fn tell(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.checked("tell")?.tell()? as i64))
}

fn truncate(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("truncate", a, 0, 1)?;
    let f = this(a)?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = args::int(v, "")?;
            if n < 0 {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("negative size value {n}"),
                ));
            }
            Some(n as u64)
        }
    };
    if !f.stream.borrow().writable() {
        return Err(unsupported("truncate"));
    }
    Ok(Value::Int(f.checked("truncate")?.truncate(size)? as i64))
}

fn flush(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.checked("flush")?.flush_through()?;
    Ok(Value::None)
}

fn close(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.stream.borrow_mut().close()?;
    Ok(Value::None)
}

fn fileno(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    if f.kind == BinaryKind::BytesIO {
        return Err(unsupported("fileno"));
    }
    let fd = f.checked("fileno")?.fileno();
    Ok(fd.map_or(Value::None, |fd| Value::Int(fd.into())))
}

fn isatty(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.checked("isatty")?.isatty()))
}

fn readable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.checked("readable")?.readable()))
}

fn writable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.checked("writable")?.writable()))
}

fn seekable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let mut s = f.checked("seekable")?;
    Ok(Value::Bool(s.is_memory() || s.tell().is_ok()))
}

fn next(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    match this(a)?.next(vm)? {
        Some(line) => Ok(line),
        None => Err(PyErr::bare(ExcKind::StopIteration)),
    }
}

fn getvalue(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let s = f.checked("getvalue")?;
    Ok(Value::bytes(s.memory_value().unwrap_or_default().to_vec()))
}
