//! `str` methods.

use super::case;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The methods of `str`.
pub static METHODS: &[MethodDef] = &[
    MethodDef::new("encode", encode),
    MethodDef::new("split", split),
    MethodDef::new("rsplit", rsplit),
    MethodDef::new("strip", strip),
    MethodDef::new("lstrip", lstrip),
    MethodDef::new("rstrip", rstrip),
    MethodDef::new("join", join),
    MethodDef::new("replace", replace),
    MethodDef::new("startswith", startswith),
    MethodDef::new("endswith", endswith),
    MethodDef::new("find", find),
    MethodDef::new("rfind", rfind),
    MethodDef::new("index", index),
    MethodDef::new("rindex", rindex),
    MethodDef::new("count", count),
    MethodDef::no_args("upper", upper),
    MethodDef::no_args("lower", lower),
    MethodDef::no_args("casefold", casefold),
    MethodDef::no_args("title", title),
    MethodDef::no_args("capitalize", capitalize),
    MethodDef::no_args("swapcase", swapcase),
    MethodDef::no_args("isdigit", isdigit),
    MethodDef::no_args("isdecimal", isdigit),
    MethodDef::no_args("isnumeric", isnumeric),
    MethodDef::no_args("isalpha", isalpha),
    MethodDef::no_args("isalnum", isalnum),
    MethodDef::no_args("isspace", isspace),
    MethodDef::no_args("isupper", isupper),
    MethodDef::no_args("islower", islower),
    MethodDef::no_args("isidentifier", isidentifier),
    MethodDef::new("splitlines", splitlines),
    MethodDef::new("partition", partition),
    MethodDef::new("rpartition", rpartition),
    MethodDef::new("center", center),
    MethodDef::new("ljust", ljust),
    MethodDef::new("rjust", rjust),
    MethodDef::new("zfill", zfill),
    MethodDef::new("format", format),
    MethodDef::new("removeprefix", removeprefix),
    MethodDef::new("removesuffix", removesuffix),
    MethodDef::no_args("istitle", istitle),
    MethodDef::no_args("isascii", isascii),
    MethodDef::no_args("isprintable", isprintable),
    MethodDef::new("expandtabs", expandtabs),
    MethodDef::new("translate", translate),
    MethodDef::class_method("maketrans", maketrans),
    MethodDef::new("__len__", len),
    MethodDef::new("__contains__", contains),
];

fn this(a: &[Value]) -> PyResult<&str> {
    match a.first() {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor requires a 'str' object but received a '{}'",
                other.type_name()
            ),
        )),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            "unbound method needs an argument",
        )),
    }
}

fn str_arg<'a>(a: &'a [Value], i: usize, fname: &str) -> PyResult<&'a str> {
    match a.get(i) {
        Some(v) if v.as_str().is_some() => Ok(v.as_str().unwrap_or_default()),
        Some(other) => Err(PyErr::new(
            ExcKind::TypeError,
            format!("{fname} arg must be None or str, not {}", other.type_name()),
        )),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() missing argument"),
        )),
    }
}

fn strings(items: Vec<String>) -> Value {
    Value::list(items.into_iter().map(Value::string).collect())
}

fn sep_and_max<'a>(a: &'a [Value], kw: &'a KwArgs) -> PyResult<(Option<&'a str>, i64)> {
    let sep = a.get(1).or_else(|| args::kwarg(kw, "sep"));
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) if v.as_str() == Some("") => {
            return Err(PyErr::new(ExcKind::ValueError, "empty separator"))
        }
        Some(v) if v.as_str().is_some() => v.as_str(),
        Some(other) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("must be str or None, not {}", other.type_name()),
            ))
        }
    };
    let max = match a.get(2).or_else(|| args::kwarg(kw, "maxsplit")) {
        Some(v) => args::int(v, "")?,
        None => -1,
    };
    Ok((sep, max))
}

fn encode(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    use crate::builtins::codecs::{text_arg, Encoding, Handler};
    args::method_count("encode", a, 0, 2)?;
    args::only_kwargs("encode", kw, &["encoding", "errors"])?;
    let s = this(a)?;
    let enc = match a.get(1).or_else(|| args::kwarg(kw, "encoding")) {
        Some(v) => Encoding::lookup(text_arg(v, "encode", "encoding")?)?,
        None => Encoding::Utf8,
    };
    let errors = match a.get(2).or_else(|| args::kwarg(kw, "errors")) {
        Some(v) => Handler::new(Some(text_arg(v, "encode", "errors")?)),
        None => Handler::strict(),
    };
    Ok(Value::bytes(crate::builtins::codecs::encode(
        s, enc, &errors,
    )?))
}

/// Python's whitespace (`str.isspace`): for ASCII, `\t \n \v \f \r`, the
/// separators `\x1c`-`\x1f` and the space; beyond it, Unicode's White_Space.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        is_ascii_space(c as u8)
    } else {
        c.is_whitespace()
    }
}

/// [`is_space`] for an ASCII byte.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

/// `s.split(sep=None, maxsplit=-1)`. The pieces become values as they are found,
/// and an ASCII string is scanned byte by byte.
fn split(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("split", a, 0, 2)?;
    let s = this(a)?;
    let (sep, max) = sep_and_max(a, kw)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::with_capacity(16);
    match sep {
        Some(sep) => {
            let mut rest = s;
            while out.len() < max {
                match rest.find(sep) {
                    Some(p) => {
                        out.push(Value::str(&rest[..p]));
                        rest = &rest[p + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(Value::str(rest));
        }
        None if s.is_ascii() => {
            let b = s.as_bytes();
            let mut i = 0;
            loop {
                while i < b.len() && is_ascii_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if out.len() == max {
                    out.push(Value::str(&s[i..]));
                    break;
                }
                let start = i;
                while i < b.len() && !is_ascii_space(b[i]) {
                    i += 1;
                }
                out.push(Value::str(&s[start..i]));
            }
        }
        None => {
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_space);
            }
        }
    }
    Ok(Value::list(out))
}

fn rsplit(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::method_count("rsplit", a, 0, 2)?;
    let s = this(a)?;
    let (sep, max) = sep_and_max(a, kw)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = s;
            while out.len() < max {
                match rest.rfind(sep) {
                    Some(p) => {
                        out.push(rest[p + sep.len()..].to_string());
                        rest = &rest[..p];
                    }
                    None => break,
                }
            }
            out.push(rest.to_string());
        }
        None => {
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |p| {
                    p + rest[p..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_space);
            }
        }
    }
    out.reverse();
    Ok(strings(out))
}

fn strip_chars<'a>(a: &'a [Value], fname: &str) -> PyResult<Option<&'a str>> {
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(_) => str_arg(a, 1, fname).map(Some),
    }
}

/// The result of a strip: the string itself when nothing was stripped (no copy,
/// as CPython returns the same object), else the stripped part.
fn stripped(a: &[Value], s: &str, kept: &str) -> Value {
    if kept.len() == s.len() {
        a[0].clone()
    } else {
        Value::str(kept)
    }
}

fn strip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("strip", a, 0, 1)?;
    let s = this(a)?;
    let kept = match strip_chars(a, "strip")? {
        None => s.trim_matches(is_space),
        Some(cs) => s.trim_matches(|c| cs.contains(c)),
    };
    Ok(stripped(a, s, kept))
}

fn lstrip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("lstrip", a, 0, 1)?;
    let s = this(a)?;
    let kept = match strip_chars(a, "lstrip")? {
        None => s.trim_start_matches(is_space),
        Some(cs) => s.trim_start_matches(|c| cs.contains(c)),
    };
    Ok(stripped(a, s, kept))
}

fn rstrip(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("rstrip", a, 0, 1)?;
    let s = this(a)?;
    let kept = match strip_chars(a, "rstrip")? {
        None => s.trim_end_matches(is_space),
        Some(cs) => s.trim_end_matches(|c| cs.contains(c)),
    };
    Ok(stripped(a, s, kept))
}

fn join(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("join", a, 1, 1)?;
    let sep = this(a)?.to_string();
    // CPython collects the items first: an error while iterating comes before a
    // non-str item is reported.
    let items = vm.collect(&a[1])?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        let Some(s) = v.as_str() else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "sequence item {i}: expected str instance, {} found",
                    v.type_name()
                ),
            ));
        };
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(s);
    }
    Ok(Value::string(out))
}

fn replace(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_positional("replace", a, 2, 3)?;
    let s = this(a)?;
    let (old, new) = (str_arg(a, 1, "replace")?, str_arg(a, 2, "replace")?);
    let count = match a.get(3) {
        Some(v) => args::int(v, "")?,
        None => -1,
    };
    Ok(Value::string(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

/// Resolves optional `start`/`end` arguments into a char-indexed byte range of `s`.
fn bounds(s: &str, a: &[Value], from: usize) -> PyResult<(usize, usize)> {
    if a[from.min(a.len())..]
        .iter()
        .all(|v| matches!(v, Value::None))
    {
        // No start or end (the common call): the whole string, without counting it.
        return Ok((0, s.len()));
    }
    let chars = s.chars().count() as i64;
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match a.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let n = args::int(v, "")?;
                Ok(if n < 0 {
                    (n + chars).max(0)
                } else {
                    n.min(chars)
                })
            }
        }
    };
    let (start, end) = (get(from, 0)?, get(from + 1, chars)?);
    let byte = |ci: i64| {
        s.char_indices()
            .nth(ci as usize)
            .map_or(s.len(), |(b, _)| b)
    };
    Ok((byte(start), byte(end.max(start))))
}

fn affix_test(a: &[Value], fname: &str, test: fn(&str, &str) -> bool) -> PyResult<Value> {
    let s = this(a)?;
    let (b, e) = bounds(s, a, 2)?;
    let sub = &s[b..e];
    match a.get(1) {
        Some(p) if p.as_str().is_some() => {
            Ok(Value::Bool(test(sub, p.as_str().unwrap_or_default())))
        }
        Some(Value::Tuple(t)) => Ok(Value::Bool(
            t.iter().any(|p| p.as_str().is_some_and(|p| test(sub, p))),
        )),
        Some(other) => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{fname} first arg must be str or a tuple of str, not {}",
                other.type_name()
            ),
        )),
        None => Err(PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() takes at least 1 argument (0 given)"),
        )),
    }
}

fn startswith(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix_test(a, "startswith", |s, p| s.starts_with(p))
}

fn endswith(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix_test(a, "endswith", |s, p| s.ends_with(p))
}

fn search(a: &[Value], fname: &str, from_right: bool) -> PyResult<Option<usize>> {
    args::method_count(fname, a, 1, 3)?;
    let s = this(a)?;
    let sub = str_arg(a, 1, fname)?;
    let (b, e) = bounds(s, a, 2)?;
    let hay = &s[b..e];
    let found = if from_right {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(found.map(|p| s[..b + p].chars().count()))
}

fn find(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        search(a, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        search(a, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    search(a, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "substring not found"))
}

fn rindex(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    search(a, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "substring not found"))
}

fn count(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("count", a, 1, 3)?;
    let s = this(a)?;
    let sub = str_arg(a, 1, "count")?;
    let (b, e) = bounds(s, a, 2)?;
    let hay = &s[b..e];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn map_str(a: &[Value], f: impl Fn(&str) -> String) -> PyResult<Value> {
    Ok(Value::string(f(this(a)?)))
}

fn upper(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_str(a, str::to_uppercase)
}

fn lower(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_str(a, str::to_lowercase)
}

fn casefold(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_str(a, case::casefold)
}

fn title(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_str(a, case::title)
}

fn capitalize(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_str(a, case::capitalize)
}

fn swapcase(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_str(a, case::swapcase)
}

fn test_all(a: &[Value], f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = this(a)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn isdigit(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    test_all(a, |c| {
        c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
    })
}

fn isnumeric(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    test_all(a, char::is_numeric)
}

fn isalpha(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    test_all(a, char::is_alphabetic)
}

fn isalnum(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    test_all(a, char::is_alphanumeric)
}

fn isspace(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    test_all(a, is_space)
}

fn isupper(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    Ok(Value::Bool(
        s.chars().any(char::is_uppercase)
            && !s.chars().any(|c| c.is_lowercase() || case::is_titlecase(c)),
    ))
}

fn islower(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    Ok(Value::Bool(
        s.chars().any(char::is_lowercase)
            && !s.chars().any(|c| c.is_uppercase() || case::is_titlecase(c)),
    ))
}

fn isidentifier(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    let mut cs = s.chars();
    Ok(Value::Bool(
        cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && cs.all(|c| c == '_' || c.is_alphanumeric()),
    ))
}

fn splitlines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    let keep = match a.get(1).or_else(|| args::kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (b, c) = bytes[i];
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = b + c.len_utf8();
            if c == '\r' && bytes.get(i + 1).is_some_and(|&(_, n)| n == '\n') {
                end += 1;
                i += 1;
            }
            out.push(if keep {
                s[start..end].to_string()
            } else {
                s[start..b].to_string()
            });
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(s[start..].to_string());
    }
    Ok(strings(out))
}

fn partition(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("partition", a, 1, 1)?;
    let s = this(a)?;
    let sep = str_arg(a, 1, "partition")?;
    if sep.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
    }
    Ok(match s.find(sep) {
        Some(p) => Value::tuple(vec![
            Value::str(&s[..p]),
            Value::str(sep),
            Value::str(&s[p + sep.len()..]),
        ]),
        None => Value::tuple(vec![Value::str(s), Value::str(""), Value::str("")]),
    })
}

fn rpartition(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("rpartition", a, 1, 1)?;
    let s = this(a)?;
    let sep = str_arg(a, 1, "rpartition")?;
    if sep.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(p) => Value::tuple(vec![
            Value::str(&s[..p]),
            Value::str(sep),
            Value::str(&s[p + sep.len()..]),
        ]),
        None => Value::tuple(vec![Value::str(""), Value::str(""), Value::str(s)]),
    })
}

fn pad(a: &[Value], fname: &str, align: char) -> PyResult<Value> {
    args::method_positional(fname, a, 1, 2)?;
    let s = this(a)?;
    let width = args::int(&a[1], "")?.max(0) as usize;
    let fill = match a.get(2) {
        Some(f) if f.as_str().is_some_and(|f| f.chars().count() == 1) => {
            f.as_str().and_then(|f| f.chars().next()).unwrap_or(' ')
        }
        Some(_) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "The fill character must be exactly one character long",
            ))
        }
        None => ' ',
    };
    let len = s.chars().count();
    if len >= width {
        return Ok(Value::str(s));
    }
    let n = width - len;
    let left = match align {
        '<' => 0,
        '>' => n,
        // CPython puts the extra fill on the left when the string length is odd.
        _ => n / 2 + (n & width & 1),
    };
    let mut out = padded(s.len(), n, fill.len_utf8())?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, n - left));
    Ok(Value::string(out))
}

/// Room for a string of `len` bytes padded with `n` characters of `fill_len` bytes,
/// or MemoryError when there cannot be.
fn padded(len: usize, n: usize, fill_len: usize) -> PyResult<String> {
    let total = n
        .checked_mul(fill_len)
        .and_then(|f| f.checked_add(len))
        .ok_or_else(crate::vm::limits::memory_error)?;
    crate::vm::limits::try_string(total)
}

fn center(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(a, "center", '^')
}

fn ljust(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(a, "ljust", '<')
}

fn rjust(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(a, "rjust", '>')
}

fn zfill(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("zfill", a, 1, 1)?;
    let s = this(a)?;
    let width = args::int(&a[1], "")?.max(0) as usize;
    let len = s.chars().count();
    if len >= width {
        return Ok(Value::str(s));
    }
    let mut out = padded(s.len(), width - len, 1)?;
    let digits = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(digits);
    Ok(Value::string(out))
}

fn removeprefix(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("removeprefix", a, 1, 1)?;
    let s = this(a)?;
    let p = str_arg(a, 1, "removeprefix")?;
    Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
}

fn removesuffix(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("removesuffix", a, 1, 1)?;
    let s = this(a)?;
    let p = str_arg(a, 1, "removesuffix")?;
    Ok(Value::str(s.strip_suffix(p).unwrap_or(s)))
}

fn len(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.chars().count() as i64))
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, `!r`/`!s`, `:spec`.
fn format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let fmt: Vec<char> = this(a)?.chars().collect();
    let positional = &a[1..];
    let mut out = String::new();
    let mut auto = 0usize;
    // Fields are numbered automatically (`{}`) or by hand (`{0}`), never both.
    let (mut used_auto, mut used_manual) = (false, false);
    let numbering_error = |to_auto: bool| {
        let msg = if to_auto {
            "cannot switch from manual field specification to automatic field numbering"
        } else {
            "cannot switch from automatic field numbering to manual field specification"
        };
        PyErr::new(ExcKind::ValueError, msg)
    };
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c == '}' {
            if fmt.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::new(
                ExcKind::ValueError,
                "Single '}' encountered in format string",
            ));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if fmt.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        let mut depth = 1;
        let mut j = i + 1;
        while j < fmt.len() && depth > 0 {
            match fmt[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(PyErr::new(
                ExcKind::ValueError,
                "expected '}' before end of string",
            ));
        }
        let field: String = fmt[i + 1..j - 1].iter().collect();
        let (head, spec) = match field.find(':') {
            Some(p) => (&field[..p], &field[p + 1..]),
            None => (field.as_str(), ""),
        };
        let (name, conv) = match head.find('!') {
            Some(p) => (&head[..p], head[p + 1..].chars().next()),
            None => (head, None),
        };
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(first_end);
        let mut v = if first.is_empty() {
            if used_manual {
                return Err(numbering_error(true));
            }
            used_auto = true;
            let v = positional.get(auto).cloned().ok_or_else(|| {
                PyErr::new(
                    ExcKind::IndexError,
                    format!("Replacement index {auto} out of range for positional args tuple"),
                )
            })?;
            auto += 1;
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if used_auto {
                return Err(numbering_error(false));
            }
            used_manual = true;
            positional.get(n).cloned().ok_or_else(|| {
                PyErr::new(
                    ExcKind::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                )
            })?
        } else {
            args::kwarg(kw, first).cloned().ok_or_else(|| {
                PyErr::with_args(
                    crate::objects::class::types().exc(ExcKind::KeyError),
                    vec![Value::str(first)],
                )
            })?
        };
        let mut rest = rest;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                v = vm.get_attr(&v, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').unwrap_or(r.len());
                let key = &r[..end];
                let k = key
                    .parse::<i64>()
                    .map_or_else(|_| Value::str(key), Value::Int);
                v = vm.get_item(&v, &k)?;
                rest = r.get(end + 1..).unwrap_or("");
            } else {
                break;
            }
        }
        let v = match conv {
            Some('r') => Value::string(vm.repr(&v)?),
            Some('s') => Value::string(vm.str_of(&v)?),
            _ => v,
        };
        let spec = if spec.contains('{') {
            let inner = format(
                vm,
                &[Value::str(spec)]
                    .into_iter()
                    .chain(positional.iter().cloned())
                    .collect::<Vec<_>>(),
                kw,
            )?;
            inner.as_str().unwrap_or("").to_string()
        } else {
            spec.to_string()
        };
        out.push_str(&vm.format(&v, &spec)?);
        i = j;
    }
    Ok(Value::string(out))
}

fn istitle(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || case::is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn expandtabs(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(a)?;
    let size = match a.get(1).or_else(|| args::kwarg(kw, "tabsize")) {
        Some(v) => args::int(v, "")?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
fn maketrans(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    // A static method: the first argument is the class or a str it was looked up on.
    let a = &a[1.min(a.len())..];
    let mut d = crate::objects::Dict::default();
    match a {
        [Value::Dict(src)] => {
            for (k, v) in src.borrow().iter() {
                let key = match &k.value {
                    Value::Str(s) if s.char_len() == 1 => Value::Int(s.char_at(0) as i64),
                    other => other.clone(),
                };
                d.insert(crate::objects::HashKey::new(key)?, v.clone());
            }
        }
        [Value::Str(x), Value::Str(y), rest @ ..] => {
            if x.char_len() != y.char_len() {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (c, r) in x.as_str().chars().zip(y.as_str().chars()) {
                d.insert(
                    crate::objects::HashKey::new(Value::Int(c as i64))?,
                    Value::Int(r as i64),
                );
            }
            if let Some(Value::Str(z)) = rest.first() {
                for c in z.as_str().chars() {
                    d.insert(
                        crate::objects::HashKey::new(Value::Int(c as i64))?,
                        Value::None,
                    );
                }
            }
        }
        _ => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "maketrans() arguments must be a dict or strings",
            ))
        }
    }
    Ok(Value::Dict(std::rc::Rc::new(
        crate::objects::DictData::new(d),
    )))
}

fn translate(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("translate", a, 1, 1)?;
    let s = this(a)?.to_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vm.get_item(&a[1], &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Str(ref r)) => out.push_str(r.as_str()),
            Ok(v) => match v.as_i64().and_then(|i| char::from_u32(i as u32)) {
                Some(r) => out.push(r),
                None => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        "character mapping must return integer, None or str",
                    ))
                }
            },
            Err(e) if e.matches(ExcKind::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}

fn contains(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("__contains__", a, 1, 1)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn isascii(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.is_ascii()))
}

fn isprintable(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    // Printable means repr() leaves the character as it is.
    let s = this(a)?;
    Ok(Value::Bool(
        s.chars().all(crate::objects::str::is_printable),
    ))
}
