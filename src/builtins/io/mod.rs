//! File objects, as CPython's `io` stack: [`stream::ByteStream`] is the buffered byte
//! layer (over an OS file or memory), [`binary`] the binary file objects and
//! `io.BytesIO` over it, [`text`] the text layer (`_io.TextIOWrapper`: encodings,
//! error handlers, newline modes), [`stringio`] `io.StringIO`, [`std`] the standard
//! streams; this file has `open()`, the classes of the `io` hierarchy and
//! `io.UnsupportedOperation`.

pub mod binary;
pub mod std;
pub mod stream;
pub mod stringio;
pub mod text;
mod wide;

use ::std::fs;
use ::std::rc::Rc;

use self::binary::{BinaryFile, BinaryKind};
use self::stream::ByteStream;
use self::text::{Newline, TextFile};
use super::oserror;
use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The abstract classes of the `io` hierarchy (for `isinstance`).
#[derive(Clone, Copy, Debug)]
pub enum IoBase {
    /// `io.IOBase`
    Io,
    /// `io.RawIOBase`
    Raw,
    /// `io.BufferedIOBase`
    Buffered,
    /// `io.TextIOBase`
    Text,
}

thread_local! {
    static BASES: [Rc<Class>; 4] = {
        let io = Class::native("io", "IOBase", BuiltinType::Native, vec![types().object.clone()], None);
        let sub = |name: &str| Class::native("io", name, BuiltinType::Native, vec![io.clone()], None);
        [sub("RawIOBase"), sub("BufferedIOBase"), sub("TextIOBase"), io.clone()]
    };
    static UNSUPPORTED: Rc<Class> = {
        let t = types();
        let mut ns = crate::objects::Namespace::default();
        ns.insert("__module__".into(), Value::str("io"));
        Class::user(
            "UnsupportedOperation".into(),
            "UnsupportedOperation".into(),
            vec![t.exc(ExcKind::OSError), t.exc(ExcKind::ValueError)],
            ns,
            None,
        )
        .expect("OSError and ValueError have a consistent MRO")
    };
}

/// One of the `io` hierarchy's abstract classes.
pub fn base_class(which: IoBase) -> Rc<Class> {
    BASES.with(|b| {
        b[match which {
            IoBase::Raw => 0,
            IoBase::Buffered => 1,
            IoBase::Text => 2,
            IoBase::Io => 3,
        }]
        .clone()
    })
}

/// `io.UnsupportedOperation` (an OSError and a ValueError).
pub fn unsupported_class() -> Rc<Class> {
    UNSUPPORTED.with(Rc::clone)
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> PyErr {
    PyErr::with_args(unsupported_class(), vec![Value::str(msg)])
}

/// `__enter__` and `__iter__` of every file object: the object itself.
fn enter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

/// A file of its own on standard stream `fd` (0, 1 or 2): a duplicate of the
/// descriptor, sharing its position.
pub fn duplicate_fd(fd: i32) -> ::std::io::Result<fs::File> {
    use ::std::os::fd::AsFd;
    let owned = match fd {
        0 => ::std::io::stdin().as_fd().try_clone_to_owned()?,
        1 => ::std::io::stdout().as_fd().try_clone_to_owned()?,
        _ => ::std::io::stderr().as_fd().try_clone_to_owned()?,
    };
    Ok(fs::File::from(owned))
}

/// A parsed `open()` mode.
struct Mode {
    /// One of `r`, `w`, `a`, `x`.
    base: char,
    plus: bool,
    binary: bool,
}

impl Mode {
    fn parse(mode: &str) -> PyResult<Mode> {
        let invalid = || PyErr::new(ExcKind::ValueError, format!("invalid mode: '{mode}'"));
        let mut seen = String::new();
        for c in mode.chars() {
            if !"rwaxbt+U".contains(c) || seen.contains(c) {
                return Err(invalid());
            }
            seen.push(c);
        }
        let bases: Vec<char> = seen.chars().filter(|c| "rwax".contains(*c)).collect();
        if seen.contains('U') {
            return Err(invalid());
        }
        let binary = seen.contains('b');
        if binary && seen.contains('t') {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "can't have text and binary mode at once",
            ));
        }
        let [base] = bases[..] else {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "must have exactly one of create/read/write/append mode",
            ));
        };
        Ok(Mode {
            base,
            plus: seen.contains('+'),
            binary,
        })
    }

    /// The binary stream's `mode` as CPython shows it (`rb`, `wb`, `rb+`, `ab+`).
    fn binary_name(&self) -> String {
        match (self.base, self.plus) {
            ('w', true) => "rb+".into(),
            (b, true) => format!("{b}b+"),
            (b, false) => format!("{b}b"),
        }
    }

    fn kind(&self) -> BinaryKind {
        match (self.base, self.plus) {
            (_, true) => BinaryKind::Random,
            ('r', false) => BinaryKind::Reader,
            _ => BinaryKind::Writer,
        }
    }
}

/// What `open()` opens: a path, or a file descriptor it already has.
enum Target {
    Path(String),
    Fd(i64),
}

/// The path argument of `gzip.open`, `bz2.open` and the like: a str, bytes, or an
/// object with `__fspath__`; the path text and the file's `name`.
pub fn path_arg(vm: &mut Vm, v: &Value) -> PyResult<(String, Value)> {
    match file_arg(vm, v)? {
        (Target::Path(path), name) => Ok((path, name)),
        (Target::Fd(_), _) => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "expected str, bytes or os.PathLike object, not {}",
                v.type_name()
            ),
        )),
    }
}

/// The file argument of `open()`: a str, bytes, an object with `__fspath__`, or a
/// file descriptor; with the value `name` shows.
fn file_arg(vm: &mut Vm, v: &Value) -> PyResult<(Target, Value)> {
    if let Some(b) = v.as_bytes() {
        return Ok((
            Target::Path(String::from_utf8_lossy(&b).into_owned()),
            v.clone(),
        ));
    }
    if let Some(fd) = v.as_i64() {
        if fd < 0 {
            return Err(PyErr::new(ExcKind::ValueError, "negative file descriptor"));
        }
        return Ok((Target::Fd(fd), Value::Int(fd)));
    }
    match super::fspath::fspath(vm, v) {
        Some(path) => {
            // The file's name is the str (or bytes) the path-like object stands for.
            let path = path?;
            let text = match path.as_bytes() {
                Some(b) => String::from_utf8_lossy(&b).into_owned(),
                None => path.as_str().unwrap_or_default().to_string(),
            };
            Ok((Target::Path(text), path))
        }
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "expected str, bytes or os.PathLike object, not {}",
                v.type_name()
            ),
        )),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True)`.
pub fn open(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("open", a, 1, 7)?;
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
    ];
    args::only_kwargs("open", kw, &names)?;
    let get = |i: usize| a.get(i).or_else(|| args::kwarg(kw, names[i]));
    let text = |i: usize| -> PyResult<Option<String>> {
        match get(i) {
            None | Some(Value::None) => Ok(None),
            Some(v) => Ok(Some(
                v.as_str()
                    .ok_or_else(|| {
                        PyErr::new(
                            ExcKind::TypeError,
                            format!(
                                "open() argument '{}' must be str or None, not {}",
                                names[i],
                                v.type_name()
                            ),
                        )
                    })?
                    .to_string(),
            )),
        }
    };
    let Some(file) = get(0) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    let mode_text = match get(1) {
        Some(m) => args::str(m, "open()")?.to_string(),
        None => "r".to_string(),
    };
    let mode = Mode::parse(&mode_text)?;
    let buffering = match get(2) {
        Some(v) => args::int(v, "")?,
        None => -1,
    };
    let (encoding, errors) = (text(3)?, text(4)?);
    text(5)?;
    let newline_arg = get(5).filter(|v| !matches!(v, Value::None));
    if buffering == 0 && !mode.binary {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "can't have unbuffered text I/O",
        ));
    }
    if mode.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline_arg.is_some(), "a newline"),
        ] {
            if given {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("binary mode doesn't take {what} argument"),
                ));
            }
        }
    }
    let newline = Newline::from_arg(newline_arg)?;
    if let Some(e) = &encoding {
        crate::builtins::codecs::Encoding::lookup(e)?;
    }
    let (target, name) = file_arg(vm, file)?;
    let closefd = match get(6) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if !closefd && matches!(target, Target::Path(_)) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Cannot use closefd=False with file name",
        ));
    }
    let read = mode.base == 'r' || mode.plus;
    let write = mode.base != 'r' || mode.plus;
    let mut stream = match target {
        Target::Path(path) => {
            let mut opts = fs::OpenOptions::new();
            match mode.base {
                'w' => opts.create(true).truncate(true).write(true),
                'a' => opts.create(true).append(true),
                'x' => opts.create_new(true).write(true),
                _ => opts.write(write),
            };
            opts.read(read);
            let f = opts
                .open(&path)
                .map_err(|e| oserror::from_io(&e, Some(name.clone()), None))?;
            if f.metadata().is_ok_and(|m| m.is_dir()) {
                // Linux opens a directory for reading; CPython refuses it.
                return Err(oserror::with_errno(21, Some(name), None));
            }
            ByteStream::file(f, read, write)
        }
        // A standard stream: a duplicate of it, reporting its number.
        Target::Fd(fd @ 0..=2) => {
            let f = duplicate_fd(fd as i32).map_err(|_| oserror::with_errno(9, None, None))?;
            ByteStream::file(f, read, write).with_fileno(fd as i32)
        }
        // A descriptor from `os.open`: the file object owns it from now on.
        Target::Fd(fd) => ByteStream::file(super::fds::take(fd)?, read, write),
    };
    if mode.base == 'a' {
        // An appending file starts (and tells) at the end.
        stream.seek(::std::io::SeekFrom::End(0))?;
    }
    let kind = if buffering == 0 {
        stream = stream.unbuffered();
        BinaryKind::FileIO
    } else {
        mode.kind()
    };
    let buffer = BinaryFile::value(stream, kind, Some(name.clone()), mode.binary_name());
    if mode.binary {
        return Ok(buffer);
    }
    TextFile::value(
        buffer,
        encoding.as_deref(),
        errors.as_deref(),
        newline,
        Some(name),
        Some(mode_text),
    )
}
