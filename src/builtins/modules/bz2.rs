//! `_bz2`, the native core of `lib/bz2.py`: `BZ2Compressor`, `BZ2Decompressor`, and
//! the codecs under a `BZ2File`'s binary stream (several streams one after the other
//! when reading), over libbz2-rs, a port of libbz2 1.0.8, so compressed bytes are
//! the ones CPython writes.

use std::cell::RefCell;
use std::rc::Rc;

use bzip2::{Action, Compress, Compression, Decompress, Status};

use super::compressed::{decode_all, encode_all, raw_arg, Decoded, Input, Raw};
use super::native_module;
use super::zlib::data_arg;
use crate::builtins::io::binary::{BinaryFile, BinaryKind};
use crate::builtins::io::stream::{ByteStream, Codec};
use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[MethodDef::new("stream", stream)];

/// Builds the `_bz2` module.
pub fn module() -> Value {
    native_module(
        "_bz2",
        FUNCS,
        vec![
            ("BZ2Compressor", Value::Class(classes().0)),
            ("BZ2Decompressor", Value::Class(classes().1)),
        ],
    )
}

thread_local! {
    static CLASSES: (Rc<Class>, Rc<Class>) = {
        let mk = |name: &str, methods: &'static [MethodDef]| {
            let c = Class::native("_bz2", name, BuiltinType::Native, vec![types().object.clone()], None);
            c.add_methods(methods);
            c
        };
        let comp = mk("BZ2Compressor", COMPRESSOR_METHODS);
        comp.constructor.set(Some(|_, _, a, kw| new_compressor(&a, &kw)));
        let decomp = mk("BZ2Decompressor", DECOMPRESSOR_METHODS);
        decomp.constructor.set(Some(|_, _, a, kw| new_decompressor(&a, &kw)));
        (comp, decomp)
    };
}

/// A libbz2 state, which has no `Debug` of its own.
struct Opaque<T>(T);

impl<T> std::fmt::Debug for Opaque<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<bz2 state>")
    }
}

impl<T> std::ops::Deref for Opaque<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> std::ops::DerefMut for Opaque<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

fn classes() -> (Rc<Class>, Rc<Class>) {
    CLASSES.with(Clone::clone)
}

/// The error of corrupt data.
fn invalid() -> PyErr {
    PyErr::new(ExcKind::OSError, "Invalid data stream")
}

/// A compressor at `level` (1 to 9).
fn compressor(level: i64) -> PyResult<Opaque<Compress>> {
    if !(1..=9).contains(&level) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "compresslevel must be between 1 and 9",
        ));
    }
    Ok(Opaque(Compress::new(Compression::new(level as u32), 30)))
}

/// Runs `c` over all of `input` with `action`, returning what comes out.
fn run_compress(c: &mut Compress, input: &[u8], action: Action) -> PyResult<Vec<u8>> {
    let finish = matches!(action, Action::Finish);
    encode_all(input, finish, &mut |input, out| {
        let (in0, out0) = (c.total_in(), c.total_out());
        let status = c.compress(input, out, action).map_err(|_| flushed())?;
        let used = (c.total_in() - in0) as usize;
        Ok((
            used,
            (c.total_out() - out0) as usize,
            status == Status::StreamEnd,
        ))
    })
}

/// Runs `d` over `input` until it is used up, the stream ends, or `limit` bytes are
/// out.
fn run_decompress(d: &mut Decompress, input: &[u8], limit: Option<usize>) -> PyResult<Decoded> {
    decode_all(input, limit, &mut |input, out| {
        let (in0, out0) = (d.total_in(), d.total_out());
        let status = d.decompress(input, out).map_err(|_| invalid())?;
        let used = (d.total_in() - in0) as usize;
        Ok((
            used,
            (d.total_out() - out0) as usize,
            status == Status::StreamEnd,
        ))
    })
}

/// A `BZ2Compressor`; `None` after `flush()`.
#[derive(Debug)]
struct Compressor(RefCell<Option<Opaque<Compress>>>);

/// A `BZ2Decompressor`.
#[derive(Debug)]
struct Decompressor(RefCell<DecompressorState>);

#[derive(Debug)]
struct DecompressorState {
    d: Opaque<Decompress>,
    /// Input given but not yet decompressed (when `max_length` stopped it).
    pending: Vec<u8>,
    unused_data: Vec<u8>,
    eof: bool,
    needs_input: bool,
}

impl NativeObject for Compressor {
    fn class(&self) -> Rc<Class> {
        classes().0
    }

    fn type_name(&self) -> &'static str {
        "_bz2.BZ2Compressor"
    }
}

impl NativeObject for Decompressor {
    fn class(&self) -> Rc<Class> {
        classes().1
    }

    fn type_name(&self) -> &'static str {
        "_bz2.BZ2Decompressor"
    }

    fn attr(&self, name: &str) -> Option<Value> {
        let st = self.0.borrow();
        Some(match name {
            "eof" => Value::Bool(st.eof),
            "unused_data" => Value::bytes(st.unused_data.clone()),
            "needs_input" => Value::Bool(st.needs_input),
            _ => return None,
        })
    }
}

static COMPRESSOR_METHODS: &[MethodDef] = &[
    MethodDef::new("compress", compressor_compress),
    MethodDef::new("flush", compressor_flush),
];

static DECOMPRESSOR_METHODS: &[MethodDef] =
    &[MethodDef::new("decompress", decompressor_decompress)];

/// `BZ2Compressor(compresslevel=9)`.
fn new_compressor(a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("BZ2Compressor", a, 0, 1)?;
    args::no_kwargs("BZ2Compressor", kw)?;
    let level = match a.first() {
        Some(v) => args::int(v, "")?,
        None => 9,
    };
    Ok(Native::value(Compressor(RefCell::new(Some(compressor(
        level,
    )?)))))
}

/// `BZ2Decompressor()`.
fn new_decompressor(a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("BZ2Decompressor", a, 0, 0)?;
    args::no_kwargs("BZ2Decompressor", kw)?;
    Ok(Native::value(Decompressor(RefCell::new(
        DecompressorState {
            d: Opaque(Decompress::new(false)),
            pending: Vec::new(),
            unused_data: Vec::new(),
            eof: false,
            needs_input: true,
        },
    ))))
}

fn this_compressor(a: &[Value]) -> PyResult<&Compressor> {
    a.first()
        .and_then(Value::downcast::<Compressor>)
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                "descriptor requires a '_bz2.BZ2Compressor' object",
            )
        })
}

fn this_decompressor(a: &[Value]) -> PyResult<&Decompressor> {
    a.first()
        .and_then(Value::downcast::<Decompressor>)
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                "descriptor requires a '_bz2.BZ2Decompressor' object",
            )
        })
}

fn flushed() -> PyErr {
    PyErr::new(ExcKind::ValueError, "Compressor has been flushed")
}

/// `BZ2Compressor.compress(data)`.
fn compressor_compress(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("compress", a, 1, 1)?;
    let data = data_arg(&a[1])?;
    let mut c = this_compressor(a)?.0.borrow_mut();
    let c = c.as_mut().ok_or_else(flushed)?;
    Ok(Value::bytes(run_compress(c, &data, Action::Run)?))
}

/// `BZ2Compressor.flush()`.
fn compressor_flush(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("flush", a, 0, 0)?;
    let mut slot = this_compressor(a)?.0.borrow_mut();
    let mut c = slot.take().ok_or_else(flushed)?;
    Ok(Value::bytes(run_compress(&mut c, &[], Action::Finish)?))
}

/// `BZ2Decompressor.decompress(data, max_length=-1)`.
fn decompressor_decompress(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("decompress", a, 1, 2)?;
    args::only_kwargs("decompress", kw, &["max_length"])?;
    let data = data_arg(&a[1])?;
    let max = match a.get(2).or_else(|| args::kwarg(kw, "max_length")) {
        Some(v) => args::int(v, "")?,
        None => -1,
    };
    let mut st = this_decompressor(a)?.0.borrow_mut();
    if st.eof {
        return Err(PyErr::new(
            ExcKind::EOFError,
            "End of stream already reached",
        ));
    }
    let mut input = std::mem::take(&mut st.pending);
    input.extend_from_slice(&data);
    let limit = usize::try_from(max).ok();
    let Decoded { out, used, end } = run_decompress(&mut st.d, &input, limit)?;
    let rest = input[used..].to_vec();
    if end {
        st.eof = true;
        st.needs_input = false;
        st.unused_data = rest;
    } else {
        st.needs_input = rest.is_empty() && limit.is_none_or(|l| out.len() < l);
        st.pending = rest;
    }
    Ok(Value::bytes(out))
}

/// Decompresses a bz2 file: its streams one after the other.
#[derive(Debug)]
struct Bz2Reader {
    input: Input,
    /// The stream being read; `None` between streams.
    d: Option<Opaque<Decompress>>,
    /// True after a whole stream: what follows may be garbage, which ends the file.
    ended_one: bool,
}

impl Codec for Bz2Reader {
    fn read(&mut self, buf: &mut [u8]) -> PyResult<usize> {
        loop {
            let more = self.input.refill()?;
            let d = match &mut self.d {
                Some(d) => d,
                // An empty file is a truncated one (unlike gzip's).
                None if !more && self.ended_one => return Ok(0),
                None if !more => return Err(super::gzip::truncated()),
                None => self.d.insert(Opaque(Decompress::new(false))),
            };
            if !more {
                return Err(super::gzip::truncated());
            }
            let (in0, out0) = (d.total_in(), d.total_out());
            let status = match d.decompress(self.input.rest(), buf) {
                Ok(status) => status,
                Err(_) if in0 == 0 && self.ended_one => {
                    // Trailing data that is not a stream is ignored, as in CPython.
                    self.input.raw.close()?;
                    self.input.data.clear();
                    self.input.at = 0;
                    self.d = None;
                    return Ok(0);
                }
                Err(_) => return Err(invalid()),
            };
            self.input.at += (d.total_in() - in0) as usize;
            let produced = (d.total_out() - out0) as usize;
            if status == Status::StreamEnd {
                self.d = None;
                self.ended_one = true;
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
        self.d = None;
        self.ended_one = false;
        Ok(())
    }

    fn close(&mut self) -> PyResult<()> {
        self.input.raw.close()
    }

    fn fileno(&self) -> Option<i32> {
        self.input.raw.fileno()
    }
}

/// Compresses into a bz2 stream.
#[derive(Debug)]
struct Bz2Writer {
    raw: Raw,
    c: Option<Opaque<Compress>>,
}

impl Codec for Bz2Writer {
    fn read(&mut self, _: &mut [u8]) -> PyResult<usize> {
        Err(crate::builtins::io::unsupported("read"))
    }

    fn write(&mut self, data: &[u8]) -> PyResult<()> {
        let c = self.c.as_mut().ok_or_else(flushed)?;
        let out = run_compress(c, data, Action::Run)?;
        self.raw.write(&out)
    }

    fn rewind(&mut self) -> PyResult<()> {
        Err(PyErr::new(ExcKind::OSError, "Negative seek in write mode"))
    }

    fn close(&mut self) -> PyResult<()> {
        let Some(mut c) = self.c.take() else {
            return Ok(());
        };
        let out = run_compress(&mut c, &[], Action::Finish)?;
        self.raw.write(&out)?;
        self.raw.close()
    }

    fn fileno(&self) -> Option<i32> {
        self.raw.fileno()
    }
}

impl Drop for Bz2Writer {
    fn drop(&mut self) {
        // As CPython finishes a BZ2File that is collected without close().
        let _ = self.close();
    }
}

/// `stream(target, mode, compresslevel)`: the binary stream of a `BZ2File` over
/// `target` (a path or a binary file object) in mode `r`, `w`, `a` or `x`.
fn stream(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("stream", kw)?;
    args::count("stream", a, 3, 3)?;
    let mode = args::str(&a[1], "stream()")?;
    let mode_char = mode.chars().next().unwrap_or('r');
    let level = args::int(&a[2], "")?;
    let c = compressor(level)?;
    let raw = raw_arg(vm, &a[0], mode_char, "bz2")?;
    let (stream, kind) = match mode_char {
        'r' => {
            let reader = Bz2Reader {
                input: Input::new(raw),
                d: None,
                ended_one: false,
            };
            (
                ByteStream::codec(Box::new(reader), true, false),
                BinaryKind::Reader,
            )
        }
        _ => {
            let writer = Bz2Writer { raw, c: Some(c) };
            (
                ByteStream::codec(Box::new(writer), false, true),
                BinaryKind::Writer,
            )
        }
    };
    Ok(BinaryFile::value(
        stream,
        kind,
        None,
        format!("{mode_char}b"),
    ))
}
