//! What the gzip and bz2 files have in common: [`Raw`], the compressed bytes under
//! their codecs (an OS file the module opened, a binary file object given as
//! `fileobj`, or bytes in memory for the one-shot `decompress`), and [`raw_arg`],
//! which makes one from a file name or object; [`Input`], the read-ahead of a
//! decompressing codec; and the loops that run an encoder or decoder over a whole
//! input ([`encode_all`], [`decode_all`]), which zlib uses too.

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
    /// The stream of a file object (which `raw_arg` checked), unless it is busy.
    fn stream(
        v: &Value,
    ) -> PyResult<std::cell::RefMut<'_, crate::builtins::io::stream::ByteStream>> {
        stream_of(v)
            .and_then(|s| s.try_borrow_mut().ok())
            .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "reentrant call on the file object"))
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
            Raw::Object(v) => match Raw::stream(v) {
                Ok(mut s) if !s.is_closed() => s.flush(),
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
            Raw::Object(v) => stream_of(v).and_then(|s| s.try_borrow().ok()?.fileno()),
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
    if let Value::Instance(_) = target {
        // A file class of genpy's library (a GzipFile, a BZ2File) keeps its binary
        // stream in `_stream`, as io.TextIOWrapper also finds it.
        if let Ok(inner) = vm.get_attr(target, "_stream") {
            if stream_of(&inner).is_some() {
                return Ok(Raw::Object(inner));
            }
        }
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

/// The compressed input of a decompressing codec: `data[at..]` is read from the
/// raw bytes and not yet decoded.
#[derive(Debug)]
pub struct Input {
    /// Where the compressed bytes come from.
    pub raw: Raw,
    /// The read-ahead, and how much of it is used.
    pub data: Vec<u8>,
    pub at: usize,
}

impl Input {
    /// Reads from `raw`.
    pub fn new(raw: Raw) -> Input {
        Input {
            raw,
            data: Vec::new(),
            at: 0,
        }
    }

    /// Makes unread input available; false at the end of the raw bytes.
    pub fn refill(&mut self) -> PyResult<bool> {
        if self.at < self.data.len() {
            return Ok(true);
        }
        self.data.resize(RAW_CHUNK, 0);
        let n = self.raw.read(&mut self.data)?;
        self.data.truncate(n);
        self.at = 0;
        Ok(n > 0)
    }

    /// The unread input (empty at the end).
    pub fn rest(&self) -> &[u8] {
        &self.data[self.at..]
    }

    /// Starts again from the beginning of the raw bytes.
    pub fn rewind(&mut self) -> PyResult<()> {
        self.raw.rewind()?;
        self.data.clear();
        self.at = 0;
        Ok(())
    }
}

/// One call of an encoder or decoder on some input and an output buffer: how much
/// input it used, how much output it made, and whether its stream ended.
pub type Step<'a> = dyn FnMut(&[u8], &mut [u8]) -> PyResult<(usize, usize, bool)> + 'a;

/// The sizes by which CPython grows its output buffer: zlib's output depends on the
/// room it is given at each call (at level 0 a stored block fills it), so encoding
/// gives the same room in the same steps.
const OUTPUT_BLOCKS: [usize; 8] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
];

/// Encodes all of `input`; with `finish`, until the encoder ends its stream.
pub fn encode_all(mut input: &[u8], finish: bool, step: &mut Step<'_>) -> PyResult<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    for block in 0.. {
        let len = out.len();
        let room = OUTPUT_BLOCKS[block.min(OUTPUT_BLOCKS.len() - 1)];
        out.resize(len + room, 0);
        let (used, produced, ended) = step(input, &mut out[len..])?;
        out.truncate(len + produced);
        input = &input[used..];
        let done = if finish {
            ended
        } else {
            input.is_empty() && produced < room
        };
        if done || (used == 0 && produced == 0) {
            break;
        }
    }
    Ok(out)
}

/// What [`decode_all`] did: the output, how much input it took, and whether the
/// stream ended.
pub struct Decoded {
    /// The decompressed bytes.
    pub out: Vec<u8>,
    /// How many input bytes were used.
    pub used: usize,
    /// True at the end of the stream.
    pub end: bool,
}

/// Decodes `input` until it is used up, the stream ends, or `limit` bytes are out.
pub fn decode_all(input: &[u8], limit: Option<usize>, step: &mut Step<'_>) -> PyResult<Decoded> {
    let mut out: Vec<u8> = Vec::new();
    let mut used = 0;
    loop {
        let len = out.len();
        let room = limit.map_or(usize::MAX, |l| l - len).min(len.max(16384));
        out.resize(len + room, 0);
        let (took, produced, end) = step(&input[used..], &mut out[len..])?;
        out.truncate(len + produced);
        used += took;
        let full = limit.is_some_and(|l| out.len() >= l);
        let starved = used == input.len() && produced < room;
        if end || full || starved || (took == 0 && produced == 0) {
            return Ok(Decoded { out, used, end });
        }
    }
}
