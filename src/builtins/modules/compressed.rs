//! What the gzip and bz2 files have in common: [`Raw`], the compressed bytes under
//! their codecs (an OS file the module opened, a binary file object given as
//! `fileobj`, or bytes in memory for the one-shot `decompress`), and [`raw_arg`],
//! which makes one from a file name or object.

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::builtins::io::binary::stream_of;
use crate::builtins::io::path_arg;
use crate::builtins::oserror;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// How much compressed data a codec reads at a time.
pub const RAW_CHUNK: usize = 65536;

/// Where a codec's compressed bytes are.
#[derive(Debug)]
pub enum Raw {
    /// A file the module opened (closed with the codec; `None` once closed).
    File(Option<fs::File>),
    /// A binary file object or BytesIO it was given (left open, as CPython does).
    Object(Value),
    /// Bytes in memory and the read position.
    Bytes(Vec<u8>, usize),
}

fn os_error(e: std::io::Error) -> PyErr {
    oserror::from_io(&e, None, None)
}

fn closed() -> PyErr {
    PyErr::new(ExcKind::ValueError, "I/O operation on closed file.")
}

impl Raw {
    /// The stream of a file object (which `raw_arg` checked).
    fn stream(
        v: &Value,
    ) -> PyResult<std::cell::RefMut<'_, crate::builtins::io::stream::ByteStream>> {
        stream_of(v).map(|s| s.borrow_mut()).ok_or_else(closed)
    }

    /// Reads up to `buf.len()` compressed bytes; 0 at the end.
    pub fn read(&mut self, buf: &mut [u8]) -> PyResult<usize> {
        match self {
            Raw::File(Some(f)) => loop {
                match f.read(buf) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    other => return other.map_err(os_error),
                }
            },
            Raw::File(None) => Err(closed()),
            Raw::Object(v) => {
                let data = Raw::stream(v)?.read(Some(buf.len()))?;
                buf[..data.len()].copy_from_slice(&data);
                Ok(data.len())
            }
            Raw::Bytes(data, pos) => {
                let n = buf.len().min(data.len() - *pos);
                buf[..n].copy_from_slice(&data[*pos..*pos + n]);
                *pos += n;
                Ok(n)
            }
        }
    }

    /// Writes compressed bytes.
    pub fn write(&mut self, data: &[u8]) -> PyResult<()> {
        match self {
            Raw::File(Some(f)) => f.write_all(data).map_err(os_error),
            Raw::File(None) => Err(closed()),
            Raw::Object(v) => Raw::stream(v)?.write(data).map(drop),
            Raw::Bytes(buf, _) => {
                buf.extend_from_slice(data);
                Ok(())
            }
        }
    }

    /// Goes back to the start.
    pub fn rewind(&mut self) -> PyResult<()> {
        match self {
            Raw::File(Some(f)) => f.seek(SeekFrom::Start(0)).map(drop).map_err(os_error),
            Raw::File(None) => Err(closed()),
            Raw::Object(v) => Raw::stream(v)?.seek(SeekFrom::Start(0)).map(drop),
            Raw::Bytes(_, pos) => {
                *pos = 0;
                Ok(())
            }
        }
    }

    /// Closes a file the module opened; flushes a file object it was given.
    pub fn close(&mut self) -> PyResult<()> {
        match self {
            Raw::File(f) => {
                f.take();
                Ok(())
            }
            Raw::Object(v) => match stream_of(v) {
                Some(s) if !s.borrow().is_closed() => s.borrow_mut().flush(),
                _ => Ok(()),
            },
            Raw::Bytes(..) => Ok(()),
        }
    }

    /// The descriptor of the file underneath.
    pub fn fileno(&self) -> Option<i32> {
        use std::os::fd::AsRawFd;
        match self {
            Raw::File(Some(f)) => Some(f.as_raw_fd()),
            Raw::Object(v) => stream_of(v).and_then(|s| s.borrow().fileno()),
            _ => None,
        }
    }
}

/// The compressed file for `target` (a path, or a binary file object) in `mode`
/// (`r`, `w`, `a` or `x`), as the module `what` (`gzip`, `bz2`) opens it.
pub fn raw_arg(vm: &mut Vm, target: &Value, mode: char, what: &str) -> PyResult<Raw> {
    if stream_of(target).is_some() {
        return Ok(Raw::Object(target.clone()));
    }
    if target.as_str().is_none() && target.as_bytes().is_none() {
        if let Value::Instance(_) = target {
            if vm.get_attr(target, "__fspath__").is_err() {
                return Err(PyErr::new(
                    ExcKind::NotImplementedError,
                    format!(
                        "{what} over a '{}' object is not supported (only over files opened \
                         in binary mode and io.BytesIO)",
                        target.type_name()
                    ),
                ));
            }
        } else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "filename must be a str or bytes object, or a file",
            ));
        }
    }
    let (path, name) = path_arg(vm, target)?;
    let mut opts = fs::OpenOptions::new();
    match mode {
        'r' => opts.read(true),
        'w' => opts.write(true).create(true).truncate(true),
        'a' => opts.append(true).create(true),
        _ => opts.write(true).create_new(true),
    };
    let f = opts
        .open(&path)
        .map_err(|e| oserror::from_io(&e, Some(name.clone()), None))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(oserror::with_errno(21, Some(name), None));
    }
    Ok(Raw::File(Some(f)))
}
