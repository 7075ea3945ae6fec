//! `bytes` and `bytearray` methods: one table both types share (a method of a
//! `bytearray` returns a `bytearray`), the mutating methods of `bytearray`, and the two
//! constructors.

use crate::builtins::codecs::{self, Encoding, Handler};
use crate::objects::args;
use crate::objects::bytes::{byte_value, find, needle, rfind, ByteView};
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The methods `bytes` and `bytearray` share.
pub static METHODS: &[MethodDef] = &[
    MethodDef::new("decode", decode),
    MethodDef::new("split", split),
    MethodDef::new("rsplit", rsplit),
    MethodDef::new("join", join),
    MethodDef::new("strip", strip),
    MethodDef::new("lstrip", lstrip),
    MethodDef::new("rstrip", rstrip),
    MethodDef::new("find", find_m),
    MethodDef::new("rfind", rfind_m),
    MethodDef::new("index", index),
    MethodDef::new("rindex", rindex),
    MethodDef::new("count", count),
    MethodDef::new("replace", replace),
    MethodDef::new("startswith", startswith),
    MethodDef::new("endswith", endswith),
    MethodDef::new("removeprefix", removeprefix),
    MethodDef::new("removesuffix", removesuffix),
    MethodDef::new("upper", upper),
    MethodDef::new("lower", lower),
    MethodDef::new("swapcase", swapcase),
    MethodDef::new("capitalize", capitalize),
    MethodDef::new("title", title),
    MethodDef::new("splitlines", splitlines),
    MethodDef::new("partition", partition),
    MethodDef::new("rpartition", rpartition),
    MethodDef::new("center", center),
    MethodDef::new("ljust", ljust),
    MethodDef::new("rjust", rjust),
    MethodDef::new("zfill", zfill),
    MethodDef::new("expandtabs", expandtabs),
    MethodDef::new("isdigit", isdigit),
    MethodDef::new("isalpha", isalpha),
    MethodDef::new("isalnum", isalnum),
    MethodDef::new("isspace", isspace),
    MethodDef::new("isupper", isupper),
    MethodDef::new("islower", islower),
    MethodDef::new("isascii", isascii),
    MethodDef::new("istitle", istitle),
    MethodDef::new("hex", hex),
    MethodDef::class_method("fromhex", fromhex),
    MethodDef::class_method("maketrans", maketrans),
    MethodDef::new("translate", translate),
    MethodDef::new("__len__", len),
];

/// The mutating methods of `bytearray`.
pub static BYTEARRAY_METHODS: &[MethodDef] = &[
    MethodDef::new("append", append),
    MethodDef::new("extend", extend),
    MethodDef::new("pop", pop),
    MethodDef::new("insert", insert),
    MethodDef::new("remove", remove),
    MethodDef::new("clear", clear),
    MethodDef::new("copy", copy),
    MethodDef::new("reverse", reverse),
];

/// `bytes(source=b'', encoding=..., errors=...)` and `bytearray(...)`.
pub fn construct(vm: &mut Vm, mutable: bool, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let name = if mutable { "bytearray" } else { "bytes" };
    args::count(name, a, 0, 3)?;
    args::only_kwargs(name, kw, &["source", "encoding", "errors"])?;
    let source = a.first().or_else(|| args::kwarg(kw, "source"));
    let encoding = a.get(1).or_else(|| args::kwarg(kw, "encoding"));
    let errors = a.get(2).or_else(|| args::kwarg(kw, "errors"));
    let data = match (source, encoding.or(errors)) {
        (None, None) => Vec::new(),
        (Some(s), _) if s.as_str().is_some() => {
            let Some(enc) = encoding else {
                return Err(type_error("string argument without an encoding"));
            };
            let enc = Encoding::lookup(args::str(enc, &format!("{name}()"))?)?;
            codecs::encode(s.as_str().unwrap_or(""), enc, &handler(errors, name)?)?
        }
        (_, Some(_)) if encoding.is_some() => {
            return Err(type_error("encoding without a string argument"))
        }
        (_, Some(_)) => return Err(type_error("errors without a string argument")),
        (Some(s), None)
            if !mutable
                && matches!(s, Value::Instance(_))
                && vm.lookup_method(s, "__bytes__").is_some() =>
        {
            from_dunder_bytes(vm, s)?
        }
        (Some(s), None) => match (s.as_bytes(), s.as_i64()) {
            (Some(b), _) => b.to_vec(),
            (None, Some(n)) if n < 0 => {
                return Err(PyErr::new(ExcKind::ValueError, "negative count"))
            }
            (None, Some(n)) => crate::vm::limits::try_zeroed(sized(n as usize)?)?,
            (None, None) if matches!(s, Value::BigInt(_)) => {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            (None, None) => {
                if vm.get_iter(s.clone()).is_err() {
                    return Err(type_error(format!(
                        "cannot convert '{}' object to {name}",
                        s.type_name()
                    )));
                }
                let range = if mutable { "byte" } else { "bytes" };
                vm.collect_bytes(s, &format!("{range} must be in range(0, 256)"))?
            }
        },
    };
    Ok(if mutable {
        Value::bytearray(data)
    } else {
        Value::bytes(data)
    })
}

/// The bytes an instance's `__bytes__` gives `bytes(obj)`.
fn from_dunder_bytes(vm: &mut Vm, obj: &Value) -> PyResult<Vec<u8>> {
    let method = vm
        .lookup_method(obj, "__bytes__")
        .ok_or_else(|| type_error("object has no __bytes__"))?;
    let r = vm.call(&method, vec![], vec![])?;
    let data = r.as_bytes().map(|b| b.to_vec());
    data.ok_or_else(|| {
        type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            r.type_name()
        ))
    })
}

/// The length of a result genpy can make, or the MemoryError CPython raises instead
/// of trying to allocate an impossible one (`bytes(10**15)`).
fn sized(n: usize) -> PyResult<usize> {
    if n > 1 << 34 {
        return Err(PyErr::bare(ExcKind::MemoryError));
    }
    Ok(n)
}

fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}

/// The error handler an `errors=` argument names (strict when absent).
fn handler(v: Option<&Value>, fname: &str) -> PyResult<Handler> {
    match v {
        None => Ok(Handler::strict()),
        Some(v) => Ok(Handler::new(Some(args::str(v, &format!("{fname}()"))?))),
    }
}

fn this(a: &[Value]) -> PyResult<ByteView<'_>> {
    match a.first() {
        Some(v) => v.as_bytes().ok_or_else(|| {
            type_error(format!(
                "descriptor requires a 'bytes' object but received a '{}'",
                v.type_name()
            ))
        }),
        None => Err(type_error("unbound method needs an argument")),
    }
}

/// The receiver's type for results: a method of a bytearray returns a bytearray.
fn like(a: &[Value], data: Vec<u8>) -> Value {
    a[0].bytes_like(data)
}

/// A bytes-like argument, copied (so a bytearray may be its own argument).
fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    v.as_bytes().map(|b| b.to_vec()).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// The subsequence argument of find/count/index: bytes-like or an int.
fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    needle(v)?.ok_or_else(|| {
        type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        ))
    })
}

/// The `start`/`end` arguments at `a[from..]`, clamped to `0..=len`; `None` when the
/// start is past the end of the data (where nothing, not even b'', is found).
fn bounds(len: usize, a: &[Value], from: usize) -> PyResult<Option<(usize, usize)>> {
    let len = len as i64;
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match a.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let n = args::int(v, "").map_err(|e| match e.matches(ExcKind::TypeError) {
                    true => type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ),
                    false => e,
                })?;
                Ok(if n < 0 { (n + len).max(0) } else { n })
            }
        }
    };
    let (start, end) = (get(from, 0)?, get(from + 1, len)?.min(len));
    if start > len || start > end {
        return Ok(None);
    }
    Ok(Some((start as usize, end as usize)))
}

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

fn decode(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("decode", a, 0, 2)?;
    args::only_kwargs("decode", kw, &["encoding", "errors"])?;
    let enc = match a.get(1).or_else(|| args::kwarg(kw, "encoding")) {
        Some(v) => Encoding::lookup(codecs::text_arg(v, "decode", "encoding")?)?,
        None => Encoding::Utf8,
    };
    let errors = match a.get(2).or_else(|| args::kwarg(kw, "errors")) {
        Some(v) => Handler::new(Some(codecs::text_arg(v, "decode", "errors")?)),
        None => Handler::strict(),
    };
    Ok(Value::string(codecs::decode(&this(a)?, enc, &errors)?))
}

/// The `sep` and `maxsplit` arguments of split/rsplit.
fn sep_and_max(a: &[Value], kw: &KwArgs) -> PyResult<(Option<Vec<u8>>, usize)> {
    let max = match a.get(2).or_else(|| args::kwarg(kw, "maxsplit")) {
        Some(v) => args::int(v, "")?,
        None => -1,
    };
    let sep = match a.get(1).or_else(|| args::kwarg(kw, "sep")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_arg(v)?;
            if s.is_empty() {
                return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
            }
            Some(s)
        }
    };
    Ok((sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

fn split(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("split", a, 0, 2)?;
    let (sep, max) = sep_and_max(a, kw)?;
    let s = this(a)?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest: &[u8] = &s;
            while parts.len() < max {
                match find(rest, &sep) {
                    Some(i) => {
                        parts.push(rest[..i].to_vec());
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let mut rest = trim_start(&s, WHITESPACE);
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(rest.to_vec());
                    break;
                }
                let end = rest
                    .iter()
                    .position(|b| WHITESPACE.contains(b))
                    .unwrap_or(rest.len());
                parts.push(rest[..end].to_vec());
                rest = trim_start(&rest[end..], WHITESPACE);
            }
        }
    }
    drop(s);
    Ok(Value::list(parts.into_iter().map(|p| like(a, p)).collect()))
}

fn rsplit(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("rsplit", a, 0, 2)?;
    let (sep, max) = sep_and_max(a, kw)?;
    let s = this(a)?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest: &[u8] = &s;
            while parts.len() < max {
                match rfind(rest, &sep) {
                    Some(i) => {
                        parts.push(rest[i + sep.len()..].to_vec());
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let mut rest = trim_end(&s, WHITESPACE);
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(rest.to_vec());
                    break;
                }
                let start = rest
                    .iter()
                    .rposition(|b| WHITESPACE.contains(b))
                    .map_or(0, |i| i + 1);
                parts.push(rest[start..].to_vec());
                rest = trim_end(&rest[..start], WHITESPACE);
            }
        }
    }
    drop(s);
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(|p| like(a, p)).collect()))
}

fn join(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("join", a, 1, 1)?;
    if vm.get_iter(a[1].clone()).is_err() {
        return Err(type_error("can only join an iterable"));
    }
    let items = vm.collect(&a[1])?;
    let sep = this(a)?.to_vec();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = item.as_bytes() else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.type_name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(like(a, out))
}

fn trim_start<'a>(s: &'a [u8], chars: &[u8]) -> &'a [u8] {
    let i = s.iter().position(|b| !chars.contains(b)).unwrap_or(s.len());
    &s[i..]
}

fn trim_end<'a>(s: &'a [u8], chars: &[u8]) -> &'a [u8] {
    let i = s
        .iter()
        .rposition(|b| !chars.contains(b))
        .map_or(0, |i| i + 1);
    &s[..i]
}

fn strip_with(a: &[Value], fname: &str, left: bool, right: bool) -> PyResult<Value> {
    args::method_positional(fname, a, 0, 1)?;
    let chars = match a.get(1) {
        None | Some(Value::None) => WHITESPACE.to_vec(),
        Some(v) => bytes_arg(v)?,
    };
    let s = this(a)?;
    let mut t: &[u8] = &s;
    if left {
        t = trim_start(t, &chars);
    }
    if right {
        t = trim_end(t, &chars);
    }
    let t = t.to_vec();
    drop(s);
    Ok(like(a, t))
}

fn strip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_with(a, "strip", true, true)
}

fn lstrip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_with(a, "lstrip", true, false)
}

fn rstrip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_with(a, "rstrip", false, true)
}

fn search(a: &[Value], fname: &str, from_right: bool) -> PyResult<Option<usize>> {
    args::method_count(fname, a, 1, 3)?;
    let len = this(a)?.len();
    let range = bounds(len, a, 2)?;
    let sub = sub_arg(&a[1])?;
    let s = this(a)?;
    let Some((b, e)) = range else {
        return Ok(None);
    };
    let hay = &s[b..e];
    let found = if from_right {
        rfind(hay, &sub)
    } else {
        find(hay, &sub)
    };
    Ok(found.map(|p| b + p))
}

fn find_m(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        search(a, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind_m(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        search(a, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    search(a, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "subsection not found"))
}

fn rindex(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    search(a, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "subsection not found"))
}

/// Non-overlapping occurrences of `sub` in `hay` (`len + 1` for an empty `sub`).
fn occurrences(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut rest) = (0, hay);
    while let Some(i) = find(rest, sub) {
        n += 1;
        rest = &rest[i + sub.len()..];
    }
    n
}

fn count(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("count", a, 1, 3)?;
    let range = bounds(this(a)?.len(), a, 2)?;
    let sub = sub_arg(&a[1])?;
    let s = this(a)?;
    let n = match range {
        Some((b, e)) => occurrences(&s[b..e], &sub),
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

fn replace(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("replace", a, 2, 3)?;
    let (old, new) = (bytes_arg(&a[1])?, bytes_arg(&a[2])?);
    let max = match a.get(3) {
        Some(v) => usize::try_from(args::int(v, "")?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let s = this(a)?;
    let mut out = Vec::with_capacity(s.len());
    let mut rest: &[u8] = &s;
    let mut done = 0;
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for (i, b) in s.iter().enumerate() {
            if i < max {
                out.extend_from_slice(&new);
            }
            out.push(*b);
        }
        if s.len() < max {
            out.extend_from_slice(&new);
        }
        drop(s);
        return Ok(like(a, out));
    }
    while done < max {
        let Some(i) = find(rest, &old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(&new);
        rest = &rest[i + old.len()..];
        done += 1;
    }
    out.extend_from_slice(rest);
    drop(s);
    Ok(like(a, out))
}

fn affix_test(a: &[Value], fname: &str, test: fn(&[u8], &[u8]) -> bool) -> PyResult<Value> {
    args::method_count(fname, a, 1, 3)?;
    let range = bounds(this(a)?.len(), a, 2)?;
    let affixes: Vec<Vec<u8>> = match &a[1] {
        Value::Tuple(t) => t.iter().map(bytes_arg).collect::<PyResult<_>>()?,
        v if v.as_bytes().is_some() => vec![bytes_arg(v)?],
        v => {
            return Err(type_error(format!(
                "{fname} first arg must be bytes or a tuple of bytes, not {}",
                v.type_name()
            )))
        }
    };
    let s = this(a)?;
    let Some((b, e)) = range else {
        return Ok(Value::Bool(false));
    };
    let part = &s[b..e];
    Ok(Value::Bool(affixes.iter().any(|p| test(part, p))))
}

fn startswith(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix_test(a, "startswith", |s, p| s.starts_with(p))
}

fn endswith(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix_test(a, "endswith", |s, p| s.ends_with(p))
}

fn removeprefix(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("removeprefix", a, 1, 1)?;
    let p = bytes_arg(&a[1])?;
    let s = this(a)?;
    let out = s.strip_prefix(&p[..]).unwrap_or(&s).to_vec();
    drop(s);
    Ok(like(a, out))
}

fn removesuffix(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("removesuffix", a, 1, 1)?;
    let p = bytes_arg(&a[1])?;
    let s = this(a)?;
    let out = s.strip_suffix(&p[..]).unwrap_or(&s).to_vec();
    drop(s);
    Ok(like(a, out))
}

/// A method that maps the data to new data (`upper`, `lower`, ...).
fn mapped(a: &[Value], fname: &str, f: impl FnOnce(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    args::method_count(fname, a, 0, 0)?;
    let out = f(&this(a)?);
    Ok(like(a, out))
}

fn upper(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    mapped(a, "upper", <[u8]>::to_ascii_uppercase)
}

fn lower(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    mapped(a, "lower", <[u8]>::to_ascii_lowercase)
}

fn swapcase(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    mapped(a, "swapcase", |s| {
        s.iter()
            .map(|b| match b {
                b'a'..=b'z' => b.to_ascii_uppercase(),
                b'A'..=b'Z' => b.to_ascii_lowercase(),
                _ => *b,
            })
            .collect()
    })
}

fn capitalize(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    mapped(a, "capitalize", |s| {
        let mut out = s.to_ascii_lowercase();
        if let Some(first) = out.first_mut() {
            first.make_ascii_uppercase();
        }
        out
    })
}

fn title(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    mapped(a, "title", |s| {
        let mut prev_cased = false;
        s.iter()
            .map(|b| {
                let out = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn splitlines(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("splitlines", a, 0, 1)?;
    let keep = match a.get(1).or_else(|| args::kwarg(kw, "keepends")) {
        Some(v) => args::int(v, "")? != 0,
        None => false,
    };
    let s = this(a)?;
    let mut lines = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < s.len() {
        let eol = match s[i] {
            b'\r' if s.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + eol } else { i };
        lines.push(s[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < s.len() {
        lines.push(s[start..].to_vec());
    }
    drop(s);
    Ok(Value::list(lines.into_iter().map(|l| like(a, l)).collect()))
}

fn partition_at(a: &[Value], fname: &str, from_right: bool) -> PyResult<Value> {
    args::method_count(fname, a, 1, 1)?;
    let sep = bytes_arg(&a[1])?;
    if sep.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
    }
    let s = this(a)?;
    let found = if from_right {
        rfind(&s, &sep)
    } else {
        find(&s, &sep)
    };
    let parts = match found {
        Some(i) => [s[..i].to_vec(), sep.clone(), s[i + sep.len()..].to_vec()],
        None if from_right => [Vec::new(), Vec::new(), s.to_vec()],
        None => [s.to_vec(), Vec::new(), Vec::new()],
    };
    drop(s);
    Ok(Value::tuple(
        parts.into_iter().map(|p| like(a, p)).collect(),
    ))
}

fn partition(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    partition_at(a, "partition", false)
}

fn rpartition(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    partition_at(a, "rpartition", true)
}

/// center/ljust/rjust: the width and the one-byte fill.
fn pad(a: &[Value], fname: &str, left_share: &dyn Fn(usize) -> usize) -> PyResult<Value> {
    args::method_positional(fname, a, 1, 2)?;
    let width = args::int(&a[1], "")?;
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match v.as_bytes().as_deref() {
            Some([b]) => *b,
            _ => {
                return Err(type_error(format!(
                    "{fname}() argument 2 must be a byte string of length 1, not {}",
                    v.type_name()
                )))
            }
        },
    };
    let s = this(a)?;
    let total = sized(usize::try_from(width).unwrap_or(0).max(s.len()))?;
    let extra = total - s.len();
    let left = left_share(extra);
    let mut out = crate::vm::limits::try_vec(total)?;
    out.resize(left, fill);
    out.extend_from_slice(&s);
    out.resize(total, fill);
    drop(s);
    Ok(like(a, out))
}

fn center(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("center", a, 1, 2)?;
    let width = match a.get(1) {
        Some(v) => usize::try_from(args::int(v, "")?).unwrap_or(0),
        None => 0,
    };
    // CPython's rule (as for str.center): the odd byte goes left when the width is odd.
    pad(a, "center", &|extra| extra / 2 + (extra & width & 1))
}

fn ljust(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(a, "ljust", &|_| 0)
}

fn rjust(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(a, "rjust", &|extra| extra)
}

fn zfill(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("zfill", a, 1, 1)?;
    let width = sized(usize::try_from(args::int(&a[1], "")?).unwrap_or(0))?;
    let s = this(a)?;
    let mut out = s.to_vec();
    drop(s);
    if width > out.len() {
        let at = usize::from(matches!(out.first(), Some(b'+' | b'-')));
        let zeros = width - out.len();
        out.splice(at..at, std::iter::repeat_n(b'0', zeros));
    }
    Ok(like(a, out))
}

fn expandtabs(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("expandtabs", a, 0, 1)?;
    let size = match a.get(1).or_else(|| args::kwarg(kw, "tabsize")) {
        Some(v) => i32::try_from(args::int(v, "")?).map_err(|_| {
            PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )
        })?,
        None => 8,
    };
    let s = this(a)?;
    let mut out = Vec::with_capacity(s.len());
    let mut col = 0usize;
    for &b in s.iter() {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = sized(size as usize - col % size as usize)?;
                    sized(out.len() + n)?;
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    drop(s);
    Ok(like(a, out))
}

/// An `is...` test: true when the data is non-empty and every byte passes.
fn all_bytes(a: &[Value], fname: &str, test: fn(&u8) -> bool) -> PyResult<Value> {
    args::method_count(fname, a, 0, 0)?;
    let s = this(a)?;
    Ok(Value::Bool(!s.is_empty() && s.iter().all(test)))
}

fn isdigit(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_bytes(a, "isdigit", u8::is_ascii_digit)
}

fn isalpha(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_bytes(a, "isalpha", u8::is_ascii_alphabetic)
}

fn isalnum(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_bytes(a, "isalnum", u8::is_ascii_alphanumeric)
}

fn isspace(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_bytes(a, "isspace", |b| WHITESPACE.contains(b))
}

fn isascii(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("isascii", a, 0, 0)?;
    Ok(Value::Bool(this(a)?.is_ascii()))
}

fn istitle(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("istitle", a, 0, 0)?;
    let s = this(a)?;
    // Upper case only after an uncased byte, lower case only after a cased one.
    let (mut cased, mut prev_cased) = (false, false);
    for b in s.iter() {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// isupper/islower: some cased byte, and none of the other case.
fn cased(a: &[Value], fname: &str, upper: bool) -> PyResult<Value> {
    args::method_count(fname, a, 0, 0)?;
    let s = this(a)?;
    let (mut any, mut wrong) = (false, false);
    for b in s.iter() {
        any |= if upper {
            b.is_ascii_uppercase()
        } else {
            b.is_ascii_lowercase()
        };
        wrong |= if upper {
            b.is_ascii_lowercase()
        } else {
            b.is_ascii_uppercase()
        };
    }
    Ok(Value::Bool(any && !wrong))
}

fn isupper(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    cased(a, "isupper", true)
}

fn islower(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    cased(a, "islower", false)
}

fn hex(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("hex", a, 0, 2)?;
    let per = match a.get(2).or_else(|| args::kwarg(kw, "bytes_per_sep")) {
        Some(v) => args::int(v, "")?,
        None => 1,
    };
    let sep = match a.get(1).or_else(|| args::kwarg(kw, "sep")) {
        None => None,
        Some(v) => {
            // CPython asks for the length first, then the type.
            let len = match v {
                Value::Str(s) => s.char_len(),
                Value::Tuple(t) => t.len(),
                Value::List(l) => l.borrow().len(),
                other => match other.as_bytes() {
                    Some(b) => b.len(),
                    None => {
                        return Err(type_error(format!(
                            "object of type '{}' has no len()",
                            other.type_name()
                        )))
                    }
                },
            };
            if len != 1 {
                return Err(PyErr::new(ExcKind::ValueError, "sep must be length 1."));
            }
            match (v.as_str(), v.as_bytes()) {
                (Some(s), _) => Some(s.to_string()),
                (None, Some(b)) => Some(String::from_utf8_lossy(&b).into_owned()),
                _ => return Err(type_error("sep must be str or bytes.")),
            }
        }
    };
    let s = this(a)?;
    let digits = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(Value::string(digits(&s)));
    };
    let n = per.unsigned_abs() as usize;
    // A positive count groups from the right, a negative one from the left.
    let groups: Vec<String> = if per > 0 {
        let first = s.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits(&s[..first]));
        }
        g.extend(s[first..].chunks(n).map(digits));
        g
    } else {
        s.chunks(n).map(digits).collect()
    };
    Ok(Value::string(groups.join(&sep)))
}

fn fromhex(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    // A class method: the first argument is the class or the value it was looked up on.
    let mutable = match a.first() {
        Some(Value::Class(c)) => c.builtin == Some(crate::objects::class::BuiltinType::ByteArray),
        Some(v) => matches!(v, Value::ByteArray(_)),
        None => false,
    };
    args::method_count("fromhex", a, 1, 1)?;
    let a = &a[1.min(a.len())..];
    let text = a[0].as_str().ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            a[0].type_name()
        ))
    })?;
    let t = text.as_bytes();
    let mut out = Vec::with_capacity(t.len() / 2);
    let mut i = 0;
    let bad = |at: usize| {
        PyErr::new(
            ExcKind::ValueError,
            format!("non-hexadecimal number found in fromhex() arg at position {at}"),
        )
    };
    while i < t.len() {
        if WHITESPACE.contains(&t[i]) {
            i += 1;
            continue;
        }
        let hi = (t[i] as char).to_digit(16).ok_or_else(|| bad(i))?;
        let lo = t
            .get(i + 1)
            .and_then(|c| (*c as char).to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(if mutable {
        Value::bytearray(out)
    } else {
        Value::bytes(out)
    })
}

fn maketrans(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    // A static method: the first argument is the class or the value it was looked up on.
    let a = &a[1.min(a.len())..];
    args::count("maketrans", a, 2, 2)?;
    let (from, to) = (bytes_arg(&a[0])?, bytes_arg(&a[1])?);
    if from.len() != to.len() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(Value::bytes(table))
}

fn translate(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("translate", a, 1, 2)?;
    let table = match &a[1] {
        Value::None => None,
        v => {
            let t = bytes_arg(v)?;
            if t.len() != 256 {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match a.get(2).or_else(|| args::kwarg(kw, "delete")) {
        Some(v) => bytes_arg(v)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = this(a)?
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(*b, |t| t[*b as usize]))
        .collect();
    Ok(like(a, out))
}

fn len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.len() as i64))
}

/// The bytearray a mutating method works on.
fn array(a: &[Value]) -> PyResult<&std::cell::RefCell<Vec<u8>>> {
    match a.first() {
        Some(Value::ByteArray(b)) => Ok(b),
        Some(v) => Err(type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            v.type_name()
        ))),
        None => Err(type_error("unbound method needs an argument")),
    }
}

fn append(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("append", a, 1, 1)?;
    let b = byte_value(args::int(&a[1], "")?)?;
    array(a)?.borrow_mut().push(b);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("extend", a, 1, 1)?;
    let more = match a[1].as_bytes() {
        Some(b) => b.to_vec(),
        None if matches!(a[1], Value::Str(_)) => {
            return Err(type_error("expected iterable of integers; got: 'str'"))
        }
        None => {
            if vm.get_iter(a[1].clone()).is_err() {
                return Err(type_error(format!(
                    "can't extend bytearray with {}",
                    a[1].type_name()
                )));
            }
            vm.collect_bytes(&a[1], "byte must be in range(0, 256)")?
        }
    };
    array(a)?.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

fn pop(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("pop", a, 0, 1)?;
    let i = match a.get(1) {
        Some(v) => args::int(v, "")?,
        None => -1,
    };
    let mut data = array(a)?.borrow_mut();
    if data.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let i = crate::objects::sequence::norm_index(i, data.len())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop index out of range"))?;
    Ok(Value::Int(i64::from(data.remove(i))))
}

fn insert(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("insert", a, 2, 2)?;
    let i = args::int(&a[1], "")?;
    let b = byte_value(args::int(&a[2], "")?)?;
    let mut data = array(a)?.borrow_mut();
    let len = data.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    data.insert(at as usize, b);
    Ok(Value::None)
}

fn remove(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("remove", a, 1, 1)?;
    let b = byte_value(args::int(&a[1], "")?)?;
    let mut data = array(a)?.borrow_mut();
    let i = data
        .iter()
        .position(|x| *x == b)
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "value not found in bytearray"))?;
    data.remove(i);
    Ok(Value::None)
}

fn clear(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("clear", a, 0, 0)?;
    array(a)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("copy", a, 0, 0)?;
    Ok(Value::bytearray(array(a)?.borrow().clone()))
}

fn reverse(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("reverse", a, 0, 0)?;
    array(a)?.borrow_mut().reverse();
    Ok(Value::None)
}

/// The methods of `int` that convert to and from bytes.
pub static INT_METHODS: &[MethodDef] = &[
    MethodDef::new("to_bytes", to_bytes),
    MethodDef::class_method("from_bytes", from_bytes),
];

/// The `byteorder` argument: true for big-endian.
fn big_endian(v: Option<&Value>) -> PyResult<bool> {
    match v.map(|v| args::str(v, "to_bytes()")).transpose()? {
        None | Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(PyErr::new(
            ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

fn signed_arg(kw: &KwArgs) -> bool {
    args::kwarg(kw, "signed").is_some_and(|v| v.truthy_fast().unwrap_or(true))
}

fn to_bytes(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    use num_bigint::Sign;
    args::method_count("to_bytes", a, 0, 2)?;
    args::only_kwargs("to_bytes", kw, &["length", "byteorder", "signed"])?;
    let n = crate::objects::int::to_big(&a[0]).unwrap_or_default();
    let length = match a.get(1).or_else(|| args::kwarg(kw, "length")) {
        Some(v) => args::int(v, "")?,
        None => 1,
    };
    let length = usize::try_from(length)
        .map_err(|_| PyErr::new(ExcKind::ValueError, "length argument must be non-negative"))?;
    let length = sized(length)?;
    let big = big_endian(a.get(2).or_else(|| args::kwarg(kw, "byteorder")))?;
    let signed = signed_arg(kw);
    if n.sign() == Sign::Minus && !signed {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut data = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.sign() == Sign::NoSign {
        data.clear();
    }
    if data.len() > length {
        return Err(PyErr::new(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    data.resize(length, fill);
    if big {
        data.reverse();
    }
    Ok(Value::bytes(data))
}

fn from_bytes(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    // A class method: the first argument is the class or the int it was looked up on.
    let is_bool = matches!(a.first(), Some(Value::Class(c)) if c.builtin == Some(crate::objects::class::BuiltinType::Bool));
    let a = &a[1.min(a.len())..];
    args::count("from_bytes", a, 0, 2)?;
    args::only_kwargs("from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    let Some(src) = a.first().or_else(|| args::kwarg(kw, "bytes")) else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    if src.as_str().is_some() {
        return Err(type_error("cannot convert 'str' object to bytes"));
    }
    let data = match construct(vm, false, std::slice::from_ref(src), &Vec::new())? {
        Value::Bytes(ref b) => b.to_vec(),
        _ => Vec::new(),
    };
    let big = big_endian(a.get(1).or_else(|| args::kwarg(kw, "byteorder")))?;
    let n = match (big, signed_arg(kw)) {
        (true, true) => num_bigint::BigInt::from_signed_bytes_be(&data),
        (false, true) => num_bigint::BigInt::from_signed_bytes_le(&data),
        (true, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (false, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
    };
    let v = Value::from_bigint(n);
    Ok(if is_bool {
        Value::Bool(v.truthy_fast().unwrap_or(true))
    } else {
        v
    })
}
