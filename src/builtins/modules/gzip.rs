//! `_gzip`, the native core of `lib/gzip.py`: the gzip container's codecs under a
//! binary stream ([`GzipReader`]: headers, multiple members, zero padding, the CRC
//! and length checks; [`GzipWriter`]: CPython's header, the deflate data, the
//! trailer), `BadGzipFile`, and the one-shot `decompress`. A gzip file is a binary
//! stream over one of these codecs, so its lines are found (and a text wrapper
//! decodes them) as a plain file's are, decompressing as it goes.

use std::rc::Rc;

use flate2::{Compress, Decompress, FlushCompress, FlushDecompress, Status};

use super::compressed::{raw_arg, Input, Raw, RAW_CHUNK};
use super::native_module;
use super::zlib::{compressor, data_arg, deflate, inflate_error};
use crate::builtins::io::binary::{stream_of, BinaryFile, BinaryKind};
use crate::builtins::io::stream::{ByteStream, Codec};
use crate::objects::args;
use crate::objects::bytes::repr_bytes;
use crate::objects::class::{types, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::NativeObject;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("stream", stream),
    MethodDef::new("last_mtime", last_mtime),
    MethodDef::new("decompress", decompress),
];

/// Builds the `_gzip` module.
pub fn module() -> Value {
    native_module(
        "_gzip",
        FUNCS,
        vec![("BadGzipFile", Value::Class(bad_gzip_class()))],
    )
}

thread_local! {
    static BAD_GZIP: Rc<Class> = {
        let mut ns = crate::objects::Namespace::default();
        ns.insert("__module__".into(), Value::str("gzip"));
        Class::user(
            "BadGzipFile".into(),
            "BadGzipFile".into(),
            vec![types().exc(ExcKind::OSError)],
            ns,
            None,
        )
        .expect("OSError has a consistent MRO")
    };
}

fn bad_gzip_class() -> Rc<Class> {
    BAD_GZIP.with(Rc::clone)
}

/// A `gzip.BadGzipFile` with message `msg`.
fn bad_gzip(msg: impl Into<String>) -> PyErr {
    PyErr::with_args(bad_gzip_class(), vec![Value::string(msg.into())])
}

/// The EOFError of a file that ends inside a member.
pub fn truncated() -> PyErr {
    PyErr::new(
        ExcKind::EOFError,
        "Compressed file ended before the end-of-stream marker was reached",
    )
}

/// The header flags CPython reads.
const FHCRC: u8 = 2;
const FEXTRA: u8 = 4;
const FNAME: u8 = 8;
const FCOMMENT: u8 = 16;

/// One member being decompressed: the raw deflate stream, the CRC-32 and the length
/// of its output so far.
#[derive(Debug)]
struct Member {
    inflater: Decompress,
    crc: crc32fast::Hasher,
    size: u32,
}

/// Decompresses a gzip file (all its members, in order).
#[derive(Debug)]
pub struct GzipReader {
    input: Input,
    member: Option<Member>,
    /// True once the file ended where a member may.
    done: bool,
    /// The modification time in the last header read.
    mtime: Option<u32>,
    /// True for a file, whose CRC error names both values (`gzip.decompress`'s
    /// does not, in CPython).
    crc_values: bool,
}

impl GzipReader {
    /// A reader of the gzip data in `raw`; `crc_values` as for the field.
    pub fn new(raw: Raw, crc_values: bool) -> GzipReader {
        GzipReader {
            input: Input::new(raw),
            member: None,
            done: false,
            mtime: None,
            crc_values,
        }
    }

    /// The next compressed byte, if any.
    fn byte(&mut self) -> PyResult<Option<u8>> {
        if !self.input.refill()? {
            return Ok(None);
        }
        self.input.at += 1;
        Ok(Some(self.input.data[self.input.at - 1]))
    }

    /// The next `N` bytes; a file ending first is truncated.
    fn bytes<const N: usize>(&mut self) -> PyResult<[u8; N]> {
        let mut out = [0; N];
        for b in &mut out {
            *b = self.byte()?.ok_or_else(truncated)?;
        }
        Ok(out)
    }

    /// Skips a zero-terminated header field.
    fn skip_field(&mut self) -> PyResult<()> {
        while self.byte()?.ok_or_else(truncated)? != 0 {}
        Ok(())
    }

    /// Reads a member's header; false at the end of the file.
    fn header(&mut self) -> PyResult<bool> {
        let Some(first) = self.byte()? else {
            return Ok(false);
        };
        let magic = match self.byte()? {
            Some(second) => vec![first, second],
            None => vec![first],
        };
        if magic != [0x1f, 0x8b] {
            return Err(bad_gzip(format!(
                "Not a gzipped file ({})",
                repr_bytes(&magic)
            )));
        }
        let [method, flags] = self.bytes::<2>()?;
        if method != 8 {
            return Err(bad_gzip("Unknown compression method"));
        }
        let [a, b, c, d, _, _] = self.bytes::<6>()?;
        self.mtime = Some(u32::from_le_bytes([a, b, c, d]));
        if flags & FEXTRA != 0 {
            let len = u16::from_le_bytes(self.bytes::<2>()?);
            for _ in 0..len {
                self.byte()?.ok_or_else(truncated)?;
            }
        }
        if flags & FNAME != 0 {
            self.skip_field()?;
        }
        if flags & FCOMMENT != 0 {
            self.skip_field()?;
        }
        if flags & FHCRC != 0 {
            self.bytes::<2>()?;
        }
        Ok(true)
    }

    /// Checks a member's trailer, then skips the zero bytes that may pad the file.
    fn trailer(&mut self, m: Member) -> PyResult<()> {
        let t = self.bytes::<8>()?;
        let (stored, computed) = (
            u32::from_le_bytes([t[0], t[1], t[2], t[3]]),
            m.crc.finalize(),
        );
        if stored != computed && self.crc_values {
            return Err(bad_gzip(format!(
                "CRC check failed {stored:#x} != {computed:#x}"
            )));
        }
        if stored != computed {
            return Err(bad_gzip("CRC check failed"));
        }
        if u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != m.size {
            return Err(bad_gzip("Incorrect length of data produced"));
        }
        while self.input.refill()? && self.input.rest()[0] == 0 {
            self.input.at += 1;
        }
        Ok(())
    }
}

impl Codec for GzipReader {
    fn read(&mut self, buf: &mut [u8]) -> PyResult<usize> {
        loop {
            let mut m = match self.member.take() {
                Some(m) => m,
                None if self.done => return Ok(0),
                None => {
                    if !self.header()? {
                        self.done = true;
                        return Ok(0);
                    }
                    Member {
                        inflater: Decompress::new(false),
                        crc: crc32fast::Hasher::new(),
                        size: 0,
                    }
                }
            };
            if !self.input.refill()? {
                return Err(truncated());
            }
            let (in0, out0) = (m.inflater.total_in(), m.inflater.total_out());
            let status = m
                .inflater
                .decompress(self.input.rest(), buf, FlushDecompress::None)
                .map_err(|e| inflate_error(&e))?;
            self.input.at += (m.inflater.total_in() - in0) as usize;
            let produced = (m.inflater.total_out() - out0) as usize;
            m.crc.update(&buf[..produced]);
            m.size = m.size.wrapping_add(produced as u32);
            if status == Status::StreamEnd {
                self.trailer(m)?;
            } else {
                self.member = Some(m);
            }
            if produced > 0 {
                return Ok(produced);
            }
        }
    }

    fn write(&mut self, _: &[u8]) -> PyResult<()> {
        Err(crate::builtins::io::unsupported("write"))
    }

    fn rewind(&mut self) -> PyResult<()> {
        self.input.rewind()?;
        self.member = None;
        self.done = false;
        Ok(())
    }

    fn close(&mut self) -> PyResult<()> {
        self.input.raw.close()
    }

    fn fileno(&self) -> Option<i32> {
        self.input.raw.fileno()
    }

    fn info(&self, name: &str) -> Option<u64> {
        match name {
            "mtime" => self.mtime.map(u64::from),
            _ => None,
        }
    }
}

/// Compresses into a gzip member, written as CPython's `GzipFile` writes it.
#[derive(Debug)]
pub struct GzipWriter {
    raw: Raw,
    deflater: Compress,
    crc: crc32fast::Hasher,
    size: u32,
    finished: bool,
}

impl GzipWriter {
    /// Starts a member in `raw`: writes the header (with the file name `fname`,
    /// latin-1, when not empty) and readies a raw deflate stream at `level`.
    pub fn new(mut raw: Raw, level: i64, mtime: u32, fname: &[u8]) -> PyResult<GzipWriter> {
        let deflater = compressor(level, -15)?
            .ok_or_else(|| PyErr::new(ExcKind::ValueError, "Invalid initialization option"))?;
        let xfl = match level {
            9 => 2,
            1 => 4,
            _ => 0,
        };
        let flags = if fname.is_empty() { 0 } else { FNAME };
        let mut header = vec![0x1f, 0x8b, 8, flags];
        header.extend_from_slice(&mtime.to_le_bytes());
        header.extend_from_slice(&[xfl, 255]);
        if !fname.is_empty() {
            header.extend_from_slice(fname);
            header.push(0);
        }
        raw.write(&header)?;
        Ok(GzipWriter {
            raw,
            deflater,
            crc: crc32fast::Hasher::new(),
            size: 0,
            finished: false,
        })
    }

    /// Compresses `data` with `flush` and writes what comes out.
    fn put(&mut self, data: &[u8], flush: FlushCompress) -> PyResult<()> {
        self.crc.update(data);
        self.size = self.size.wrapping_add(data.len() as u32);
        let out = deflate(&mut self.deflater, data, flush)?;
        self.raw.write(&out)
    }
}

impl Codec for GzipWriter {
    fn read(&mut self, _: &mut [u8]) -> PyResult<usize> {
        Err(crate::builtins::io::unsupported("read"))
    }

    fn write(&mut self, data: &[u8]) -> PyResult<()> {
        self.put(data, FlushCompress::None)
    }

    fn flush(&mut self) -> PyResult<()> {
        if self.finished {
            return Ok(());
        }
        self.put(&[], FlushCompress::Sync)
    }

    fn rewind(&mut self) -> PyResult<()> {
        Err(PyErr::new(ExcKind::OSError, "Negative seek in write mode"))
    }

    fn close(&mut self) -> PyResult<()> {
        if self.finished {
            return Ok(());
        }
        self.finished = true;
        self.put(&[], FlushCompress::Finish)?;
        let mut trailer = self.crc.clone().finalize().to_le_bytes().to_vec();
        trailer.extend_from_slice(&self.size.to_le_bytes());
        self.raw.write(&trailer)?;
        self.raw.close()
    }

    fn fileno(&self) -> Option<i32> {
        self.raw.fileno()
    }
}

impl Drop for GzipWriter {
    fn drop(&mut self) {
        // As CPython finishes a GzipFile that is collected without close().
        let _ = self.close();
    }
}

/// `stream(target, mode, compresslevel, mtime, fname)`: the binary stream of a
/// `GzipFile` over `target` (a path or a binary file object) in mode `r`, `w`, `a`
/// or `x`; a writer writes `mtime` and `fname` (bytes) into the header.
fn stream(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("stream", kw)?;
    args::count("stream", a, 5, 5)?;
    let mode = args::str(&a[1], "stream()")?;
    let mode_char = mode.chars().next().unwrap_or('r');
    let level = args::int(&a[2], "")?;
    let mtime = args::int(&a[3], "")? as u32;
    let fname = data_arg(&a[4])?;
    let raw = raw_arg(vm, &a[0], mode_char, "gzip")?;
    let (stream, kind) = match mode_char {
        'r' => (
            ByteStream::codec(Box::new(GzipReader::new(raw, true)), true, false),
            BinaryKind::Reader,
        ),
        _ => (
            ByteStream::codec(
                Box::new(GzipWriter::new(raw, level, mtime, &fname)?),
                false,
                true,
            ),
            BinaryKind::Writer,
        ),
    };
    // The name `GzipFile.name` has, which a text wrapper reports.
    let name = match a[0].downcast::<BinaryFile>() {
        Some(f) => f.attr("name").unwrap_or_else(|| Value::str("")),
        None => a[0].clone(),
    };
    Ok(BinaryFile::value(
        stream,
        kind,
        Some(name),
        format!("{mode_char}b"),
    ))
}

/// `decompress(data)`: every member's data, one after the other.
fn decompress(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("decompress", kw)?;
    args::count("decompress", a, 1, 1)?;
    let data = data_arg(&a[0])?;
    let mut reader = GzipReader::new(Raw::Bytes(data, 0), false);
    let mut out = Vec::new();
    let mut buf = vec![0; RAW_CHUNK];
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            return Ok(Value::bytes(out));
        }
        out.extend_from_slice(&buf[..n]);
    }
}

/// `last_mtime(stream)`: the modification time in the last header a reading stream
/// has read, or None before the first.
fn last_mtime(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("last_mtime", kw)?;
    args::count("last_mtime", a, 1, 1)?;
    let mtime = stream_of(&a[0]).and_then(|s| s.borrow().codec_info("mtime"));
    Ok(mtime.map_or(Value::None, |m| Value::Int(m as i64)))
}
