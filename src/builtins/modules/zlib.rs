//! `zlib`: one-shot `compress`/`decompress`, the streaming `Compress` and
//! `Decompress` objects, `crc32`, `adler32` and the `Z_*` constants, over the C zlib
//! (through flate2), so compressed bytes are the ones CPython's libz writes. The
//! deflate loop ([`deflate`]) serves the gzip writer too.

use std::cell::RefCell;
use std::rc::Rc;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use super::compressed::{decode_all, encode_all, Decoded};
use super::native_module;
use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// zlib's `MAX_WBITS`, the largest window.
const MAX_WBITS: i64 = 15;
/// The default output buffer size of `decompress` (`DEF_BUF_SIZE`).
const DEF_BUF_SIZE: i64 = 16384;
/// Flush modes, as zlib numbers them.
const Z_NO_FLUSH: i64 = 0;
const Z_PARTIAL_FLUSH: i64 = 1;
const Z_SYNC_FLUSH: i64 = 2;
const Z_FULL_FLUSH: i64 = 3;
const Z_FINISH: i64 = 4;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("compress", compress),
    MethodDef::new("decompress", decompress),
    MethodDef::new("compressobj", compressobj),
    MethodDef::new("decompressobj", decompressobj),
    MethodDef::new("crc32", crc32),
    MethodDef::new("adler32", adler32),
];

/// Builds the `zlib` module.
pub fn module() -> Value {
    let consts: Vec<(&str, i64)> = vec![
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH),
        ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", Z_FULL_FLUSH),
        ("Z_FINISH", Z_FINISH),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    let mut consts: Vec<(&str, Value)> = consts
        .into_iter()
        .map(|(k, v)| (k, Value::Int(v)))
        .collect();
    consts.push(("ZLIB_VERSION", Value::str("1.2.13")));
    consts.push(("ZLIB_RUNTIME_VERSION", Value::str("1.2.13")));
    consts.push(("__version__", Value::str("1.0")));
    consts.push(("error", Value::Class(error_class())));
    consts.push(("Compress", Value::Class(classes().0)));
    consts.push(("Decompress", Value::Class(classes().1)));
    native_module("zlib", FUNCS, consts)
}

thread_local! {
    static ERROR: Rc<Class> = {
        let mut ns = crate::objects::Namespace::default();
        ns.insert("__module__".into(), Value::str("zlib"));
        Class::user(
            "error".into(),
            "error".into(),
            vec![types().exc(ExcKind::Exception)],
            ns,
            None,
        )
        .expect("Exception has a consistent MRO")
    };
    static CLASSES: (Rc<Class>, Rc<Class>) = {
        let mk = |name: &str, methods: &'static [MethodDef]| {
            let c = Class::native("zlib", name, BuiltinType::Native, vec![types().object.clone()], None);
            c.add_methods(methods);
            c
        };
        (mk("Compress", COMPRESS_METHODS), mk("Decompress", DECOMPRESS_METHODS))
    };
}

/// `zlib.error`.
fn error_class() -> Rc<Class> {
    ERROR.with(Rc::clone)
}

fn classes() -> (Rc<Class>, Rc<Class>) {
    CLASSES.with(Clone::clone)
}

/// A `zlib.error` with message `msg`.
pub fn zlib_error(msg: impl Into<String>) -> PyErr {
    PyErr::with_args(error_class(), vec![Value::string(msg.into())])
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    v.as_bytes().map(|b| b.to_vec()).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", v.type_name()),
        )
    })
}

/// The container a `wbits` value names, with its window size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Container {
    Zlib,
    Raw,
    Gzip,
    /// Zlib or gzip, told apart by the first byte (decompression only).
    Auto,
}

/// What `wbits` means (`None` for a value zlib refuses). A window of 8 is served
/// by one of 9, as zlib itself does.
fn container(wbits: i64, decompressing: bool) -> Option<(Container, u8)> {
    let window = |w: i64| w.max(9) as u8;
    match wbits {
        0 if decompressing => Some((Container::Zlib, 15)),
        8..=15 => Some((Container::Zlib, window(wbits))),
        -15..=-9 => Some((Container::Raw, window(-wbits))),
        -8 if decompressing => Some((Container::Raw, 9)),
        24..=31 => Some((Container::Gzip, window(wbits - 16))),
        40..=47 if decompressing => Some((Container::Auto, window(wbits - 32))),
        _ => None,
    }
}

/// A compressor for `level` (-1 to 9) and `wbits`; `None` for a bad `wbits`.
pub fn compressor(level: i64, wbits: i64) -> PyResult<Option<Compress>> {
    if !(-1..=9).contains(&level) {
        return Err(zlib_error("Bad compression level"));
    }
    let level = Compression::new(if level < 0 { 6 } else { level as u32 });
    Ok(container(wbits, false).map(|(c, w)| match c {
        Container::Gzip => Compress::new_gzip(level, w),
        _ => Compress::new_with_window_bits(level, c == Container::Zlib, w),
    }))
}

/// A decompressor for `container`, looking at the data's first byte for `Auto`.
fn decompressor(container: Container, window: u8, first: Option<u8>) -> Decompress {
    match container {
        Container::Gzip => Decompress::new_gzip(window),
        Container::Auto if first == Some(0x1f) => Decompress::new_gzip(window),
        Container::Raw => Decompress::new_with_window_bits(false, window),
        _ => Decompress::new_with_window_bits(true, window),
    }
}

/// Compresses all of `input` with `flush`, returning what the compressor gives out.
pub fn deflate(c: &mut Compress, input: &[u8], flush: FlushCompress) -> PyResult<Vec<u8>> {
    let finish = matches!(flush, FlushCompress::Finish);
    encode_all(input, finish, &mut |input, out| {
        let (in0, out0) = (c.total_in(), c.total_out());
        let status = c.compress(input, out, flush).map_err(|_| {
            zlib_error("Error -2 while compressing data: inconsistent stream state")
        })?;
        let used = (c.total_in() - in0) as usize;
        Ok((
            used,
            (c.total_out() - out0) as usize,
            status == Status::StreamEnd,
        ))
    })
}

/// Decompresses `input` until it is used up, the stream ends, or `limit` bytes are
/// out; a corrupt stream raises `zlib.error` with zlib's message. A zlib stream that
/// asks for a preset dictionary gets `zdict`.
pub fn inflate(
    d: &mut Decompress,
    input: &[u8],
    limit: Option<usize>,
    zdict: Option<&[u8]>,
) -> PyResult<Decoded> {
    decode_all(input, limit, &mut |input, out| {
        let (in0, out0) = (d.total_in(), d.total_out());
        let status = match d.decompress(input, out, FlushDecompress::None) {
            Err(e) if e.needs_dictionary().is_some() && zdict.is_some() => {
                d.set_dictionary(zdict.unwrap_or_default())
                    .map_err(|e| inflate_error(&e))?;
                Status::Ok
            }
            other => other.map_err(|e| inflate_error(&e))?,
        };
        let used = (d.total_in() - in0) as usize;
        Ok((
            used,
            (d.total_out() - out0) as usize,
            status == Status::StreamEnd,
        ))
    })
}

/// The `zlib.error` for a corrupt stream.
pub fn inflate_error(e: &flate2::DecompressError) -> PyErr {
    if e.needs_dictionary().is_some() {
        return zlib_error("Error 2 while decompressing data");
    }
    let msg = e.message().unwrap_or("invalid stored block lengths");
    zlib_error(format!("Error -3 while decompressing data: {msg}"))
}

/// An int argument at position `i` or keyword `name`, with a default.
fn int_arg(a: &[Value], kw: &KwArgs, i: usize, name: &str, default: i64) -> PyResult<i64> {
    match a.get(i).or_else(|| args::kwarg(kw, name)) {
        Some(v) => args::int(v, ""),
        None => Ok(default),
    }
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("compress", a, 1, 3)?;
    args::only_kwargs("compress", kw, &["level", "wbits"])?;
    let data = data_arg(&a[0])?;
    let level = int_arg(a, kw, 1, "level", -1)?;
    let wbits = int_arg(a, kw, 2, "wbits", MAX_WBITS)?;
    let Some(mut c) = compressor(level, wbits)? else {
        return Err(zlib_error(
            "Error -2 while compressing data: inconsistent stream state",
        ));
    };
    Ok(Value::bytes(deflate(&mut c, &data, FlushCompress::Finish)?))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("decompress", a, 1, 3)?;
    args::only_kwargs("decompress", kw, &["wbits", "bufsize"])?;
    let data = data_arg(&a[0])?;
    let wbits = int_arg(a, kw, 1, "wbits", MAX_WBITS)?;
    if int_arg(a, kw, 2, "bufsize", DEF_BUF_SIZE)? < 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "bufsize must be non-negative",
        ));
    }
    let Some((kind, window)) = container(wbits, true) else {
        return Err(zlib_error(
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut d = decompressor(kind, window, data.first().copied());
    let run = inflate(&mut d, &data, None, None)?;
    if !run.end {
        return Err(zlib_error(
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(Value::bytes(run.out))
}

/// `crc32(data, value=0)`.
fn crc32(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("crc32", kw)?;
    args::count("crc32", a, 1, 2)?;
    let data = data_arg(&a[0])?;
    let start = checksum_start(a.get(1), 0)?;
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize().into()))
}

/// `adler32(data, value=1)`.
fn adler32(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("adler32", kw)?;
    args::count("adler32", a, 1, 2)?;
    let data = data_arg(&a[0])?;
    let mut h = adler2::Adler32::from_checksum(checksum_start(a.get(1), 1)?);
    h.write_slice(&data);
    Ok(Value::Int(h.checksum().into()))
}

/// The starting value of a checksum: an int, taken modulo 2**32 as CPython does.
fn checksum_start(v: Option<&Value>, default: u32) -> PyResult<u32> {
    match v {
        None => Ok(default),
        Some(Value::BigInt(b)) => {
            let m: num_bigint::BigInt = b.as_ref() % (num_bigint::BigInt::from(1u64 << 32));
            let m = if m.sign() == num_bigint::Sign::Minus {
                m + (1u64 << 32)
            } else {
                m
            };
            Ok(u32::try_from(m).unwrap_or(0))
        }
        Some(v) => Ok(args::int(v, "")? as u32),
    }
}

/// A `zlib.Compress` object.
#[derive(Debug)]
struct Compressor {
    /// The compressor; `None` after `flush(Z_FINISH)`.
    c: RefCell<Option<Compress>>,
}

/// A `zlib.Decompress` object.
#[derive(Debug)]
struct Decompressor {
    state: RefCell<Inflater>,
}

#[derive(Debug)]
struct Inflater {
    /// Made at the first data (an `Auto` container looks at its first byte).
    d: Option<Decompress>,
    kind: Container,
    window: u8,
    /// The preset dictionary (`zdict=`).
    zdict: Option<Vec<u8>>,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

impl NativeObject for Compressor {
    fn class(&self) -> Rc<Class> {
        classes().0
    }

    fn type_name(&self) -> &'static str {
        "zlib.Compress"
    }
}

impl NativeObject for Decompressor {
    fn class(&self) -> Rc<Class> {
        classes().1
    }

    fn type_name(&self) -> &'static str {
        "zlib.Decompress"
    }

    fn attr(&self, name: &str) -> Option<Value> {
        let st = self.state.borrow();
        Some(match name {
            "unused_data" => Value::bytes(st.unused_data.clone()),
            "unconsumed_tail" => Value::bytes(st.unconsumed_tail.clone()),
            "eof" => Value::Bool(st.eof),
            _ => return None,
        })
    }
}

static COMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::new("compress", compressor_compress),
    MethodDef::new("flush", compressor_flush),
    MethodDef::new("copy", no_copy),
    MethodDef::new("__copy__", no_copy),
    MethodDef::new("__deepcopy__", no_copy),
];

static DECOMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::new("decompress", decompressor_decompress),
    MethodDef::new("flush", decompressor_flush),
    MethodDef::new("copy", no_copy),
    MethodDef::new("__copy__", no_copy),
    MethodDef::new("__deepcopy__", no_copy),
];

/// `copy()`: flate2 cannot duplicate a zlib stream's state, so genpy says so.
fn no_copy(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let what = a.first().map_or_else(|| "zlib".into(), Value::type_name);
    Err(PyErr::new(
        ExcKind::NotImplementedError,
        format!("copying a {what} object is not supported"),
    ))
}

/// `compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=8,
/// strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
fn compressobj(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    args::count("compressobj", a, 0, 6)?;
    args::only_kwargs("compressobj", kw, &names)?;
    let level = int_arg(a, kw, 0, names[0], -1)?;
    let method = int_arg(a, kw, 1, names[1], 8)?;
    let wbits = int_arg(a, kw, 2, names[2], MAX_WBITS)?;
    let mem_level = int_arg(a, kw, 3, names[3], 8)?;
    let strategy = int_arg(a, kw, 4, names[4], 0)?;
    let zdict = match a.get(5).or_else(|| args::kwarg(kw, "zdict")) {
        Some(v) => Some(data_arg(v)?),
        None => None,
    };
    if method != 8 || !(1..=9).contains(&mem_level) || !(0..=4).contains(&strategy) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Invalid initialization option",
        ));
    }
    if mem_level != 8 || strategy != 0 {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "zlib.compressobj with a memLevel other than 8 or a strategy other than \
             Z_DEFAULT_STRATEGY is not supported",
        ));
    }
    let mut c = compressor(level, wbits)?
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "Invalid initialization option"))?;
    if let Some(zdict) = zdict {
        c.set_dictionary(&zdict)
            .map_err(|_| PyErr::new(ExcKind::ValueError, "Invalid dictionary"))?;
    }
    Ok(Native::value(Compressor {
        c: RefCell::new(Some(c)),
    }))
}

/// `decompressobj(wbits=MAX_WBITS, zdict=b'')`.
fn decompressobj(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("decompressobj", a, 0, 2)?;
    args::only_kwargs("decompressobj", kw, &["wbits", "zdict"])?;
    let zdict = zdict_arg(a.get(1).or_else(|| args::kwarg(kw, "zdict")))?;
    let wbits = int_arg(a, kw, 0, "wbits", MAX_WBITS)?;
    let (kind, window) = container(wbits, true)
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "Invalid initialization option"))?;
    Ok(Native::value(Decompressor {
        state: RefCell::new(Inflater {
            d: None,
            kind,
            window,
            zdict,
            unused_data: Vec::new(),
            unconsumed_tail: Vec::new(),
            eof: false,
        }),
    }))
}

/// The `zdict` argument of `decompressobj`: bytes-like, or CPython's TypeError.
fn zdict_arg(v: Option<&Value>) -> PyResult<Option<Vec<u8>>> {
    let Some(v) = v else {
        return Ok(None);
    };
    match v.as_bytes() {
        Some(b) => Ok(Some(b.to_vec())),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            "zdict argument must support the buffer protocol",
        )),
    }
}

fn this_compressor(a: &[Value]) -> PyResult<&Compressor> {
    a.first()
        .and_then(Value::downcast::<Compressor>)
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                "descriptor requires a 'zlib.Compress' object",
            )
        })
}

fn this_decompressor(a: &[Value]) -> PyResult<&Decompressor> {
    a.first()
        .and_then(Value::downcast::<Decompressor>)
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                "descriptor requires a 'zlib.Decompress' object",
            )
        })
}

/// `Compress.compress(data)`.
fn compressor_compress(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("compress", a, 1, 1)?;
    let data = data_arg(&a[1])?;
    let mut c = this_compressor(a)?.c.borrow_mut();
    let Some(c) = c.as_mut() else {
        return Err(zlib_error(
            "Error -2 while compressing data: inconsistent stream state",
        ));
    };
    Ok(Value::bytes(deflate(c, &data, FlushCompress::None)?))
}

/// `Compress.flush(mode=Z_FINISH)`.
fn compressor_flush(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("flush", a, 0, 1)?;
    let mode = match a.get(1) {
        Some(v) => args::int(v, "")?,
        None => Z_FINISH,
    };
    let flush = match mode {
        Z_NO_FLUSH => return Ok(Value::bytes(Vec::new())),
        Z_PARTIAL_FLUSH => FlushCompress::Partial,
        Z_SYNC_FLUSH => FlushCompress::Sync,
        Z_FULL_FLUSH => FlushCompress::Full,
        Z_FINISH => FlushCompress::Finish,
        _ => {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                format!("zlib flush mode {mode} is not supported"),
            ))
        }
    };
    let mut slot = this_compressor(a)?.c.borrow_mut();
    let Some(c) = slot.as_mut() else {
        return Err(zlib_error(
            "Error -2 while flushing: inconsistent stream state",
        ));
    };
    let out = deflate(c, &[], flush)?;
    if mode == Z_FINISH {
        *slot = None;
    }
    Ok(Value::bytes(out))
}

impl Inflater {
    /// Decompresses `data` (at most `limit` bytes out), keeping what it did not use
    /// as the unconsumed tail, or, after the end of the stream, as unused data.
    fn run(&mut self, data: &[u8], limit: Option<usize>) -> PyResult<Vec<u8>> {
        if self.eof {
            self.unused_data.extend_from_slice(data);
            return Ok(Vec::new());
        }
        if data.is_empty() {
            self.unconsumed_tail.clear();
            return Ok(Vec::new());
        }
        let (kind, window) = (self.kind, self.window);
        let zdict = self.zdict.as_deref();
        let d = match self.d.take() {
            Some(d) => d,
            None => {
                let mut d = decompressor(kind, window, data.first().copied());
                if let (Some(dict), Container::Raw) = (zdict, kind) {
                    // A raw stream has no header to ask for it: it is set at the start.
                    d.set_dictionary(dict).map_err(|e| inflate_error(&e))?;
                }
                d
            }
        };
        let d = self.d.insert(d);
        let run = inflate(d, data, limit, zdict)?;
        let rest = &data[run.used..];
        if run.end {
            self.eof = true;
            self.unused_data.extend_from_slice(rest);
            self.unconsumed_tail.clear();
        } else {
            self.unconsumed_tail = rest.to_vec();
        }
        Ok(run.out)
    }
}

/// `Decompress.decompress(data, max_length=0)`.
fn decompressor_decompress(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("decompress", a, 1, 2)?;
    args::only_kwargs("decompress", kw, &["max_length"])?;
    let data = data_arg(&a[1])?;
    let max = match a.get(2).or_else(|| args::kwarg(kw, "max_length")) {
        Some(v) => args::int(v, "")?,
        None => 0,
    };
    if max < 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "max_length must be non-negative",
        ));
    }
    let limit = (max > 0).then_some(max as usize);
    let out = this_decompressor(a)?.state.borrow_mut().run(&data, limit)?;
    Ok(Value::bytes(out))
}

/// `Decompress.flush(length=DEF_BUF_SIZE)`: decompresses the unconsumed tail.
fn decompressor_flush(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("flush", a, 0, 1)?;
    if let Some(v) = a.get(1) {
        if args::int(v, "")? <= 0 {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "length must be greater than zero",
            ));
        }
    }
    let mut st = this_decompressor(a)?.state.borrow_mut();
    let tail = std::mem::take(&mut st.unconsumed_tail);
    Ok(Value::bytes(st.run(&tail, None)?))
}
