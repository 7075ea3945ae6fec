//! Text files: `open()` in modes r, w, a (and r+, w+, a+), lazy line iteration,
//! `read`, `readline`, `readlines`, `write`, and use as a context manager. A file is
//! a native object ([`FileObject`]) whose methods live in its class's dict.

use std::cell::RefCell;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::rc::Rc;

use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::native::{Native, NativeObject};

use super::oserror;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// An open (or closed) text file.
#[derive(Debug)]
pub struct File {
    /// The path it was opened with (a str), or its descriptor (an int).
    pub name: Value,
    /// The mode string.
    pub mode: String,
    reader: Option<BufReader<fs::File>>,
    writer: Option<std::io::BufWriter<fs::File>>,
    /// Text read ahead by `read(n)` and not yet returned.
    pending: String,
}

/// A file as a Python object (`_io.TextIOWrapper`).
#[derive(Debug)]
pub struct FileObject(pub RefCell<File>);

thread_local! {
    static FILE_CLASS: Rc<Class> = {
        let c = Class::native(
            "_io",
            "TextIOWrapper",
            BuiltinType::Native,
            vec![types().object.clone()],
            None,
        );
        c.add_methods(METHODS);
        c.constructor.set(Some(super::construct::construct));
        c
    };
}

impl NativeObject for FileObject {
    fn class(&self) -> Rc<Class> {
        FILE_CLASS.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "_io.TextIOWrapper"
    }

    fn repr(&self, vm: &mut Vm) -> Option<PyResult<String>> {
        let (name, mode) = {
            let f = self.0.borrow();
            (f.name.clone(), f.mode.clone())
        };
        Some(
            vm.repr(&name).map(|name| {
                format!("<_io.TextIOWrapper name={name} mode='{mode}' encoding='UTF-8'>")
            }),
        )
    }

    fn attr(&self, name: &str) -> Option<Value> {
        let f = self.0.borrow();
        Some(match name {
            "name" => f.name.clone(),
            "mode" => Value::str(&f.mode),
            "closed" => Value::Bool(f.is_closed()),
            _ => return None,
        })
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _: &mut Vm) -> PyResult<Option<Value>> {
        let line = self.0.borrow_mut().readline()?;
        Ok((!line.is_empty()).then(|| Value::string(line)))
    }
}

impl File {
    /// The file as a Python value.
    fn into_value(self) -> Value {
        Native::value(FileObject(RefCell::new(self)))
    }

    /// True after `close()`.
    pub fn is_closed(&self) -> bool {
        self.reader.is_none() && self.writer.is_none()
    }

    fn closed_error() -> PyErr {
        PyErr::new(ExcKind::ValueError, "I/O operation on closed file.")
    }

    /// Reads one line including its newline; empty at end of file.
    pub fn readline(&mut self) -> PyResult<String> {
        let Some(r) = &mut self.reader else {
            if self.writer.is_some() {
                return Err(PyErr::new(ExcKind::OSError, "not readable"));
            }
            return Err(File::closed_error());
        };
        if let Some(end) = self.pending.find('\n') {
            return Ok(self.pending.drain(..=end).collect());
        }
        let mut line = std::mem::take(&mut self.pending);
        r.read_line(&mut line).map_err(os_error)?;
        Ok(line)
    }

    /// Reads up to `n` characters.
    pub fn read_chars(&mut self, n: usize) -> PyResult<String> {
        while self.pending.chars().count() < n {
            let Some(r) = &mut self.reader else {
                return Err(File::closed_error());
            };
            let before = self.pending.len();
            r.read_line(&mut self.pending).map_err(os_error)?;
            if self.pending.len() == before {
                break;
            }
        }
        let cut = self
            .pending
            .char_indices()
            .nth(n)
            .map_or(self.pending.len(), |(b, _)| b);
        Ok(self.pending.drain(..cut).collect())
    }

    /// Reads everything left.
    pub fn read_all(&mut self) -> PyResult<String> {
        let Some(r) = &mut self.reader else {
            return Err(if self.writer.is_some() {
                PyErr::new(ExcKind::OSError, "not readable")
            } else {
                File::closed_error()
            });
        };
        let mut s = std::mem::take(&mut self.pending);
        r.read_to_string(&mut s).map_err(os_error)?;
        Ok(s)
    }

    /// Writes text.
    pub fn write(&mut self, s: &str) -> PyResult<()> {
        let Some(w) = &mut self.writer else {
            return Err(if self.reader.is_some() {
                PyErr::new(ExcKind::OSError, "not writable")
            } else {
                File::closed_error()
            });
        };
        w.write_all(s.as_bytes()).map_err(os_error)
    }

    /// Moves to byte `pos` (from the start, the current position or the end).
    pub fn seek(&mut self, pos: std::io::SeekFrom) -> PyResult<u64> {
        use std::io::Seek;
        if let Some(w) = &mut self.writer {
            w.flush().map_err(os_error)?;
        }
        self.pending.clear();
        match (&mut self.reader, &mut self.writer) {
            (Some(r), _) => r.seek(pos).map_err(os_error),
            (None, Some(w)) => w.seek(pos).map_err(os_error),
            (None, None) => Err(File::closed_error()),
        }
    }

    /// The current byte position.
    pub fn tell(&mut self) -> PyResult<u64> {
        use std::io::Seek;
        match (&mut self.reader, &mut self.writer) {
            (Some(r), _) => Ok(r.stream_position().map_err(os_error)? - self.pending.len() as u64),
            (None, Some(w)) => w.stream_position().map_err(os_error),
            (None, None) => Err(File::closed_error()),
        }
    }

    /// Flushes and closes.
    pub fn close(&mut self) -> PyResult<()> {
        if let Some(mut w) = self.writer.take() {
            w.flush().map_err(os_error)?;
        }
        self.reader = None;
        Ok(())
    }
}

fn os_error(e: std::io::Error) -> PyErr {
    oserror::from_io(&e, None, None)
}

/// `sys.stdin` as a text file (or None where the process has no stdin).
pub fn stdin() -> Value {
    match fs::File::open("/dev/stdin") {
        Ok(f) => File {
            name: Value::str("<stdin>"),
            mode: "r".into(),
            reader: Some(BufReader::new(f)),
            writer: None,
            pending: String::new(),
        }
        .into_value(),
        Err(_) => Value::None,
    }
}

/// `open(file, mode='r', encoding=None)`: `file` is a path (a str or path-like
/// object) or a descriptor from `os.open`, which the file object then owns.
pub fn open(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("open", a, 1, 3)?;
    args::only_kwargs("open", kw, &["mode", "encoding", "newline", "errors"])?;
    let (path, fd) = match &a[0] {
        Value::Int(fd) => (String::new(), Some(*fd)),
        v => (super::fspath::path_string(vm, v)?, None),
    };
    let mode = match a.get(1).or_else(|| args::kwarg(kw, "mode")) {
        Some(m) => args::str(m, "open()")?.to_string(),
        None => "r".to_string(),
    };
    let clean: String = mode.chars().filter(|c| *c != 't').collect();
    if clean.contains('b') {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "binary files ('b' mode) are not supported",
        ));
    }
    let mut opts = fs::OpenOptions::new();
    let (read, write) = match clean.as_str() {
        "r" => (true, false),
        "w" => {
            opts.create(true).truncate(true);
            (false, true)
        }
        "a" => {
            opts.create(true).append(true);
            (false, true)
        }
        "x" => {
            opts.create_new(true);
            (false, true)
        }
        "r+" => (true, true),
        "w+" => {
            opts.create(true).truncate(true);
            (true, true)
        }
        "a+" => {
            opts.create(true).append(true);
            (true, true)
        }
        _ => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("invalid mode: '{mode}'"),
            ))
        }
    };
    opts.read(read).write(write && !clean.starts_with('a'));
    let f = match fd {
        Some(fd) => super::fds::take(fd)?,
        None => opts.open(&path).map_err(|e| open_error(e, &path))?,
    };
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        // Linux opens a directory for reading; CPython refuses it.
        return Err(oserror::with_errno(21, Some(Value::str(&path)), None));
    }
    let (reader, writer) = match (read, write) {
        (true, false) => (Some(BufReader::new(f)), None),
        (false, _) => (None, Some(std::io::BufWriter::new(f))),
        (true, true) => {
            use std::io::Seek;
            let w = f.try_clone().map_err(os_error)?;
            let mut r = BufReader::new(f);
            if clean.starts_with('a') {
                // 'a+' starts at the end of the file, for reading too.
                r.seek(std::io::SeekFrom::End(0)).map_err(os_error)?;
            }
            (Some(r), Some(std::io::BufWriter::new(w)))
        }
    };
    Ok(File {
        name: fd.map_or_else(|| Value::string(path), Value::Int),
        mode,
        reader,
        writer,
        pending: String::new(),
    }
    .into_value())
}

fn open_error(e: std::io::Error, path: &str) -> PyErr {
    oserror::from_io(&e, Some(Value::str(path)), None)
}

/// The methods of file objects.
pub static METHODS: &[MethodDef] = &[
    MethodDef::new("read", read),
    MethodDef::new("readline", readline),
    MethodDef::new("readlines", readlines),
    MethodDef::new("write", write),
    MethodDef::new("writelines", writelines),
    MethodDef::new("close", close),
    MethodDef::new("flush", flush),
    MethodDef::new("seek", seek),
    MethodDef::new("tell", tell),
    MethodDef::new("readable", readable),
    MethodDef::new("writable", writable),
    MethodDef::new("__enter__", enter),
    MethodDef::new("__exit__", exit),
    MethodDef::new("__iter__", enter),
    MethodDef::new("__next__", next),
];

fn this(a: &[Value]) -> PyResult<&RefCell<File>> {
    match a.first().and_then(Value::downcast::<FileObject>) {
        Some(f) => Ok(&f.0),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a file object",
        )),
    }
}

fn read(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let size = match a.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => args::int(v, "")?,
    };
    let text = if size < 0 {
        f.borrow_mut().read_all()?
    } else {
        f.borrow_mut().read_chars(size as usize)?
    };
    Ok(Value::string(text))
}

fn readline(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(this(a)?.borrow_mut().readline()?))
}

fn readlines(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    let mut out = Vec::new();
    loop {
        let line = f.borrow_mut().readline()?;
        if line.is_empty() {
            break;
        }
        out.push(Value::string(line));
    }
    Ok(Value::list(out))
}

fn write(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("write", a, 1, 1)?;
    let s = a[1].as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("write() argument must be str, not {}", a[1].type_name()),
        )
    })?;
    this(a)?.borrow_mut().write(s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn writelines(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(a)?;
    for line in vm.collect(&a[1])? {
        f.borrow_mut().write(line.as_str().unwrap_or(""))?;
    }
    Ok(Value::None)
}

fn close(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.borrow_mut().close()?;
    Ok(Value::None)
}

fn flush(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    if let Some(w) = &mut this(a)?.borrow_mut().writer {
        w.flush().map_err(os_error)?;
    }
    Ok(Value::None)
}

fn enter(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn exit(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.borrow_mut().close()?;
    Ok(Value::Bool(false))
}

fn next(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let line = this(a)?.borrow_mut().readline()?;
    if line.is_empty() {
        return Err(PyErr::bare(ExcKind::StopIteration));
    }
    Ok(Value::string(line))
}

fn seek(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("seek", a, 1, 2)?;
    let offset = args::int(&a[1], "")?;
    let whence = match a.get(2) {
        Some(v) => args::int(v, "")?,
        None => 0,
    };
    let pos = match whence {
        0 if offset >= 0 => std::io::SeekFrom::Start(offset as u64),
        0 => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("negative seek position {offset}"),
            ))
        }
        1 if offset == 0 => std::io::SeekFrom::Current(0),
        2 if offset == 0 => std::io::SeekFrom::End(0),
        1 | 2 => {
            return Err(PyErr::new(
                ExcKind::OSError,
                "can't do nonzero cur-relative seeks",
            ))
        }
        _ => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("invalid whence ({whence}, should be 0, 1 or 2)"),
            ))
        }
    };
    Ok(Value::Int(this(a)?.borrow_mut().seek(pos)? as i64))
}

fn tell(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.borrow_mut().tell()? as i64))
}

fn readable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.borrow().reader.is_some()))
}

fn writable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.borrow().writer.is_some()))
}
