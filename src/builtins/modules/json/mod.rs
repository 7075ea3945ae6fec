//! `_json`, the native core of the `json` package (`lib/json/`): the parser
//! ([`decode`], behind the `Scanner` type a `json.JSONDecoder` makes once) and the
//! encoder ([`encode`], the `encode` function a `json.JSONEncoder` calls with its
//! options), so that reading and writing JSON lines runs no Python per character.

mod decode;
mod encode;

use std::rc::Rc;

use super::native_module;
use crate::objects::args;
use crate::objects::class::{types, BuiltinType, Class};
use crate::objects::func::MethodDef;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;
use decode::{Config, Parser};
use encode::{push_string, Encoder, Options};

static FUNCS: &[MethodDef] = &[
    MethodDef::new("encode", encode),
    MethodDef::new("encode_basestring", encode_basestring),
    MethodDef::new("encode_basestring_ascii", encode_basestring_ascii),
    MethodDef::new("refuse_bom", refuse_bom),
];

/// Builds the `_json` module.
pub fn module() -> Value {
    native_module(
        "_json",
        FUNCS,
        vec![("Scanner", Value::Class(SCANNER_CLASS.with(Rc::clone)))],
    )
}

thread_local! {
    static SCANNER_CLASS: Rc<Class> = {
        let c = Class::native("_json", "Scanner", BuiltinType::Native, vec![types().object.clone()], None);
        c.add_methods(SCANNER_METHODS);
        c.constructor.set(Some(|vm, _, a, kw| new_scanner(vm, &a, &kw)));
        c
    };
}

static SCANNER_METHODS: &[MethodDef] = &[
    MethodDef::new("decode", scanner_decode),
    MethodDef::new("raw_decode", scanner_raw_decode),
];

/// A configured JSON parser: `Scanner(strict, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant, error_class)`, each hook `None` for the
/// default behaviour.
#[derive(Debug)]
struct Scanner(Config);

impl NativeObject for Scanner {
    fn class(&self) -> Rc<Class> {
        SCANNER_CLASS.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "_json.Scanner"
    }
}

fn new_scanner(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("Scanner", kw)?;
    args::count("Scanner", a, 7, 7)?;
    let hook = |v: &Value| (!matches!(v, Value::None)).then(|| v.clone());
    let Value::Class(error) = &a[6] else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "Scanner() needs an error class",
        ));
    };
    Ok(Native::value(Scanner(Config {
        strict: vm.truthy(&a[0])?,
        object_hook: hook(&a[1]),
        object_pairs_hook: hook(&a[2]),
        parse_float: hook(&a[3]),
        parse_int: hook(&a[4]),
        parse_constant: hook(&a[5]),
        error: error.clone(),
    })))
}

/// The scanner a method was called on and its str argument; `not_str` words the
/// TypeError for another type.
fn receiver<'a>(
    a: &'a [Value],
    name: &str,
    not_str: fn(&str) -> String,
) -> PyResult<(&'a Scanner, &'a str)> {
    let scanner = a
        .first()
        .and_then(|s| s.downcast::<Scanner>())
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, format!("{name}() needs a Scanner")))?;
    let doc = a
        .get(1)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, format!("{name}() missing the document")))?;
    let text = doc
        .as_str()
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, not_str(&doc.type_name())))?;
    Ok((scanner, text))
}

/// `scanner.decode(s)`: the one JSON document `s` holds, between optional whitespace.
fn scanner_decode(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("decode", a, 1, 1)?;
    let (scanner, text) = receiver(a, "decode", |t| {
        format!("expected string or bytes-like object, got '{t}'")
    })?;
    let p = Parser::new(&scanner.0, &a[1], text);
    // One level for the frame of `raw_decode`, through which CPython's `decode`
    // parses: the same nesting depth raises RecursionError as in CPython.
    let (v, end) = vm.nested("", |vm| p.value_at(vm, p.skip_ws(0)))?;
    let end = p.skip_ws(end);
    if end != text.len() {
        return Err(p.error(vm, "Extra data", p.char_index(end)));
    }
    Ok(v)
}

/// `scanner.raw_decode(s, idx)`: the JSON value starting at index `idx` of `s`, and
/// the index where it ends.
fn scanner_raw_decode(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("raw_decode", a, 2, 2)?;
    let (scanner, text) = receiver(a, "raw_decode", |t| {
        format!("first argument must be a string, not {t}")
    })?;
    let idx = args::int(&a[2], "")?;
    if idx < 0 {
        return Err(PyErr::new(ExcKind::ValueError, "idx cannot be negative"));
    }
    let p = Parser::new(&scanner.0, &a[1], text);
    let Some(at) = p.byte_offset(idx as usize) else {
        return Err(p.error(vm, "Expecting value", idx as usize));
    };
    let (v, end) = p.value_at(vm, at)?;
    Ok(Value::tuple(vec![v, Value::Int(p.char_index(end) as i64)]))
}

/// An optional str option.
fn text_option(v: &Value, what: &str) -> PyResult<String> {
    v.as_str().map(str::to_string).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{what} must be a str, not {}", v.type_name()),
        )
    })
}

/// `encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
/// indent, item_separator, key_separator, default, chunked)`: the JSON text of
/// `obj` (`indent` a str or `None`; `default` called with each object of no JSON
/// type), or when `chunked` the list of pieces CPython's `iterencode` yields.
fn encode(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("encode", kw)?;
    args::count("encode", a, 11, 11)?;
    let opts = Options {
        skipkeys: vm.truthy(&a[1])?,
        ensure_ascii: vm.truthy(&a[2])?,
        check_circular: vm.truthy(&a[3])?,
        allow_nan: vm.truthy(&a[4])?,
        sort_keys: vm.truthy(&a[5])?,
        indent: match &a[6] {
            Value::None => None,
            v => Some(text_option(v, "indent")?),
        },
        item_separator: text_option(&a[7], "item_separator")?,
        key_separator: text_option(&a[8], "key_separator")?,
        default: a[9].clone(),
    };
    let chunked = vm.truthy(&a[10])?;
    Encoder::new(&opts, chunked).encode(vm, &a[0])
}

/// The JSON string literal of a str argument.
fn quote(a: &[Value], name: &str, ascii: bool) -> PyResult<Value> {
    args::count(name, a, 1, 1)?;
    let s = a[0].as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("first argument must be a string, not {}", a[0].type_name()),
        )
    })?;
    let mut out = String::new();
    push_string(&mut out, s, ascii);
    Ok(Value::string(out))
}

/// `encode_basestring(s)`: `s` as a JSON string, non-ASCII characters kept.
fn encode_basestring(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    quote(a, "encode_basestring", false)
}

/// `encode_basestring_ascii(s)`: `s` as a JSON string of ASCII characters only.
fn encode_basestring_ascii(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    quote(a, "encode_basestring_ascii", true)
}

/// `refuse_bom(s, error_class)`: raises `error_class(msg, s, 0)` when the str `s`
/// starts with a byte order mark, as `json.loads` does for a str.
fn refuse_bom(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("refuse_bom", kw)?;
    args::count("refuse_bom", a, 2, 2)?;
    if !a[0].as_str().is_some_and(|s| s.starts_with('\u{feff}')) {
        return Ok(Value::None);
    }
    let Value::Class(error) = &a[1] else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "refuse_bom() needs an error class",
        ));
    };
    let msg = Value::str("Unexpected UTF-8 BOM (decode using utf-8-sig)");
    Err(vm
        .new_exception_instance(error, vec![msg, a[0].clone(), Value::Int(0)])
        .unwrap_or_else(|e| e))
}
