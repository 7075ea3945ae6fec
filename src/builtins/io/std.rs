//! `sys.stdin`, `sys.stdout` and `sys.stderr`, with their `.buffer`s. Standard output
//! goes through the VM's buffered `Output` (what `print` writes to), so text and bytes
//! written either way stay in order; standard input is a text file over fd 0.

use std::rc::Rc;

use super::binary::{BinaryFile, BinaryKind};
use super::stream::ByteStream;
use super::text::{Newline, TextFile};
use super::{base_class, unsupported, IoBase};
use crate::builtins::codecs::{self, Encoding, Handler};
use crate::objects::args;
use crate::objects::class::{BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `sys.stdout` or `sys.stderr` (text), or their `.buffer` (bytes).
#[derive(Debug)]
pub struct StdStream {
    err: bool,
    binary: bool,
    /// How text is written: `utf-8` and strict unless an `io.TextIOWrapper` over the
    /// buffer said otherwise.
    encoding: Encoding,
    encoding_name: String,
    errors: Handler,
    newline: Newline,
}

thread_local! {
    static CLASSES: [Rc<Class>; 2] = {
        let text = Class::native(
            "_io",
            "TextIOWrapper",
            BuiltinType::Native,
            vec![base_class(IoBase::Text)],
            None,
        );
        text.add_methods(METHODS);
        let binary = Class::native(
            "_io",
            "BufferedWriter",
            BuiltinType::Native,
            vec![base_class(IoBase::Buffered)],
            None,
        );
        binary.add_methods(METHODS);
        [text, binary]
    };
}

impl StdStream {
    fn new(err: bool, binary: bool) -> StdStream {
        StdStream {
            err,
            binary,
            encoding: Encoding::Utf8,
            encoding_name: "utf-8".into(),
            errors: Handler::new(Some(if err { "backslashreplace" } else { "strict" })),
            newline: Newline::Universal,
        }
    }

    fn name(&self) -> &'static str {
        if self.err {
            "<stderr>"
        } else {
            "<stdout>"
        }
    }
}

impl NativeObject for StdStream {
    fn class(&self) -> Rc<Class> {
        CLASSES.with(|c| c[usize::from(self.binary)].clone())
    }

    fn type_name(&self) -> &'static str {
        if self.binary {
            "_io.BufferedWriter"
        } else {
            "_io.TextIOWrapper"
        }
    }

    fn repr(&self, _: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(if self.binary {
            format!("<_io.BufferedWriter name='{}'>", self.name())
        } else {
            format!(
                "<_io.TextIOWrapper name='{}' mode='w' encoding='{}'>",
                self.name(),
                self.encoding_name
            )
        }))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "name" => Value::str(self.name()),
            "mode" => Value::str(if self.binary { "wb" } else { "w" }),
            "closed" => Value::Bool(false),
            "buffer" if !self.binary => Native::value(StdStream::new(self.err, true)),
            "encoding" if !self.binary => Value::str(&self.encoding_name),
            "errors" if !self.binary => Value::str(self.errors.name()),
            "line_buffering" if !self.binary => Value::Bool(self.err),
            _ => return None,
        })
    }
}

/// `sys.stdout` (or `sys.stderr`).
pub fn std_stream(err: bool) -> Value {
    Native::value(StdStream::new(err, false))
}

/// `io.TextIOWrapper(sys.stdout.buffer, ...)`: standard output (or error) as text
/// with its own encoding, error handler and newline; `None` when `buffer` is not a
/// standard stream's buffer.
pub fn rewrap(
    buffer: &Value,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Newline,
) -> Option<PyResult<Value>> {
    let s = buffer.downcast::<StdStream>().filter(|s| s.binary)?;
    let encoding_name = encoding.unwrap_or("utf-8").to_string();
    Some(Encoding::lookup(&encoding_name).map(|encoding| {
        Native::value(StdStream {
            err: s.err,
            binary: false,
            encoding,
            encoding_name,
            errors: Handler::new(errors),
            newline,
        })
    }))
}

/// True for the interpreter's own `sys.stdout` object (print writes to the VM's
/// output directly then).
pub fn is_stdout(v: &Value) -> bool {
    v.downcast::<StdStream>().is_some_and(|s| {
        !s.err && !s.binary && s.encoding == Encoding::Utf8 && s.newline == Newline::Universal
    })
}

/// `sys.stdin` as a text file (None where the process has no stdin).
pub fn stdin() -> Value {
    let Ok(file) = super::duplicate_fd(0) else {
        return Value::None;
    };
    let stream = ByteStream::file(file, true, false).with_fileno(0);
    let buffer = BinaryFile::value(
        stream,
        BinaryKind::Reader,
        Some(Value::str("<stdin>")),
        "rb".into(),
    );
    TextFile::value(
        buffer,
        Some("utf-8"),
        None,
        // As CPython's stdin on POSIX: lines end at `\n`, nothing is translated.
        Newline::Lf,
        Some(Value::str("<stdin>")),
        Some("r".into()),
    )
    .unwrap_or_default()
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("write", write),
    MethodDef::new("writelines", writelines),
    MethodDef::new("flush", flush),
    MethodDef::new("fileno", fileno),
    MethodDef::new("isatty", isatty),
    MethodDef::new("readable", no),
    MethodDef::new("writable", yes),
    MethodDef::new("seekable", no),
    MethodDef::new("read", read),
];

fn this(a: &[Value]) -> PyResult<&StdStream> {
    a.first()
        .and_then(Value::downcast::<StdStream>)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires sys.stdout"))
}

/// Writes `v` (str, or bytes for a buffer); returns what `write` returns.
fn put(vm: &mut Vm, s: &StdStream, v: &Value) -> PyResult<Value> {
    if s.binary {
        let Some(b) = v.as_bytes() else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("a bytes-like object is required, not '{}'", v.type_name()),
            ));
        };
        emit(vm, s, &b)?;
        return Ok(Value::Int(b.len() as i64));
    }
    let text = v.as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("write() argument must be str, not {}", v.type_name()),
        )
    })?;
    let translated = match s.newline {
        Newline::Cr => text.replace('\n', "\r"),
        Newline::CrLf => text.replace('\n', "\r\n"),
        _ => text.to_string(),
    };
    let bytes = codecs::encode(&translated, s.encoding, &s.errors)?;
    emit(vm, s, &bytes)?;
    Ok(Value::Int(text.chars().count() as i64))
}

/// Writes encoded bytes to the stream: OSError when the write failed as CPython's
/// would have (see `vm::output`).
fn emit(vm: &mut Vm, s: &StdStream, bytes: &[u8]) -> PyResult<()> {
    let written = match s.err {
        true => vm.out.write_stderr(bytes),
        false => vm.out.write_bytes(bytes),
    };
    written.map_err(|e| crate::builtins::oserror::from_io(&e, None, None))
}

fn write(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("write", a, 1, 1)?;
    put(vm, this(a)?, &a[1])
}

fn writelines(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("writelines", a, 1, 1)?;
    let s = this(a)?;
    let it = vm.get_iter(a[1].clone())?;
    while let Some(line) = vm.iter_next(&it)? {
        put(vm, s, &line)?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?;
    vm.out
        .try_flush()
        .map_err(|e| crate::builtins::oserror::from_io(&e, None, None))?;
    Ok(Value::None)
}

fn fileno(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(if this(a)?.err { 2 } else { 1 }))
}

fn isatty(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(Value::Bool(if this(a)?.err {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    }))
}

fn yes(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(Value::Bool(true))
}

fn no(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Ok(Value::Bool(false))
}

fn read(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?;
    Err(unsupported("not readable"))
}
