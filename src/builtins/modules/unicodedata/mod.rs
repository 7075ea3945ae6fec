//! `unicodedata`: the properties of Unicode characters as CPython 3.11 reports them
//! (Unicode 14.0): category, combining class, East Asian width, bidirectional class,
//! mirroring, decimal/digit/numeric values, names (`unicode_names2`), and
//! normalization (`unicode-normalization`). The property tables are text generated
//! by `tests/unicode_data.py`, one run of code points per line, read on first use.

use std::cell::OnceCell;

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static UNICODEDATA: &[MethodDef] = &[
    MethodDef::new("category", category),
    MethodDef::new("combining", combining),
    MethodDef::new("east_asian_width", east_asian_width),
    MethodDef::new("bidirectional", bidirectional),
    MethodDef::new("mirrored", mirrored),
    MethodDef::new("decimal", decimal),
    MethodDef::new("digit", digit),
    MethodDef::new("numeric", numeric),
    MethodDef::new("name", name),
    MethodDef::new("lookup", lookup),
    MethodDef::new("normalize", normalize),
    MethodDef::new("is_normalized", is_normalized),
];

/// Builds the `unicodedata` module.
pub fn module() -> Value {
    let version = include_str!("version.txt").trim();
    native_module(
        "unicodedata",
        UNICODEDATA,
        vec![("unidata_version", Value::str(version))],
    )
}

/// A property table: inclusive runs of code points with their value.
type Runs = Vec<(u32, u32, &'static str)>;

/// Parses a table of `START END VALUE` lines.
fn parse_runs(text: &'static str) -> Runs {
    text.lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, ' ');
            let start = u32::from_str_radix(parts.next()?, 16).ok()?;
            let end = u32::from_str_radix(parts.next()?, 16).ok()?;
            Some((start, end, parts.next()?))
        })
        .collect()
}

/// The value of `c` in `runs`, if a run covers it.
fn lookup_run(runs: &Runs, c: char) -> Option<&'static str> {
    let c = c as u32;
    let i = runs.partition_point(|&(_, end, _)| end < c);
    runs.get(i)
        .filter(|&&(start, _, _)| start <= c)
        .map(|r| r.2)
}

macro_rules! table {
    ($name:ident, $file:literal) => {
        fn $name() -> &'static Runs {
            thread_local! {
                static TABLE: OnceCell<&'static Runs> = const { OnceCell::new() };
            }
            TABLE.with(|t| *t.get_or_init(|| Box::leak(Box::new(parse_runs(include_str!($file))))))
        }
    };
}

table!(category_table, "category.txt");
table!(combining_table, "combining.txt");
table!(width_table, "east_asian_width.txt");
table!(bidi_table, "bidirectional.txt");
table!(mirrored_table, "mirrored.txt");

/// The one character a function takes (`unicodedata.category('ab')` is a TypeError).
fn one_char(a: &[Value], fname: &str) -> PyResult<char> {
    let arg = a.first().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() takes at least 1 argument (0 given)"),
        )
    })?;
    let s = arg.as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "{fname}() argument must be a unicode character, not {}",
                arg.type_name()
            ),
        )
    })?;
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            format!("{fname}() argument must be a unicode character, not str"),
        )),
    }
}

fn category(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("category", a, 1, 1)?;
    let c = one_char(a, "category")?;
    Ok(Value::str(lookup_run(category_table(), c).unwrap_or("Cn")))
}

fn combining(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("combining", a, 1, 1)?;
    let c = one_char(a, "combining")?;
    let class = lookup_run(combining_table(), c).and_then(|v| v.parse().ok());
    Ok(Value::Int(class.unwrap_or(0)))
}

fn east_asian_width(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("east_asian_width", a, 1, 1)?;
    let c = one_char(a, "east_asian_width")?;
    Ok(Value::str(lookup_run(width_table(), c).unwrap_or("N")))
}

fn bidirectional(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("bidirectional", a, 1, 1)?;
    let c = one_char(a, "bidirectional")?;
    Ok(Value::str(lookup_run(bidi_table(), c).unwrap_or("")))
}

fn mirrored(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("mirrored", a, 1, 1)?;
    let c = one_char(a, "mirrored")?;
    Ok(Value::Int(i64::from(
        lookup_run(mirrored_table(), c).is_some(),
    )))
}

/// The numeric values of `c`: (decimal, digit, numeric) as the table writes them.
fn numeric_entry(c: char) -> Option<(&'static str, &'static str, &'static str)> {
    let code = format!("{:04X}", c as u32);
    include_str!("numeric.txt").lines().find_map(|line| {
        let mut parts = line.split(' ');
        (parts.next()? == code).then_some(())?;
        Some((parts.next()?, parts.next()?, parts.next()?))
    })
}

/// `decimal`, `digit` and `numeric`: the value `pick` takes from the entry, else the
/// default given, else ValueError.
fn numeric_value(
    a: &[Value],
    fname: &str,
    pick: impl Fn((&'static str, &'static str, &'static str)) -> Option<Value>,
) -> PyResult<Value> {
    args::count(fname, a, 1, 2)?;
    let c = one_char(a, fname)?;
    if let Some(v) = numeric_entry(c).and_then(pick) {
        return Ok(v);
    }
    match a.get(1) {
        Some(default) => Ok(default.clone()),
        None => Err(PyErr::new(
            ExcKind::ValueError,
            match fname {
                "numeric" => "not a numeric character",
                "digit" => "not a digit",
                _ => "not a decimal",
            },
        )),
    }
}

fn int_field(text: &str) -> Option<Value> {
    text.parse().ok().map(Value::Int)
}

fn decimal(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    numeric_value(a, "decimal", |(d, _, _)| int_field(d))
}

fn digit(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    numeric_value(a, "digit", |(_, d, _)| int_field(d))
}

fn numeric(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    numeric_value(a, "numeric", |(_, _, n)| n.parse().ok().map(Value::Float))
}

fn name(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("name", a, 1, 2)?;
    let c = one_char(a, "name")?;
    let assigned = lookup_run(category_table(), c).is_some_and(|cat| cat != "Cs" && cat != "Co");
    if let Some(n) = unicode_names2::name(c).filter(|_| assigned) {
        return Ok(Value::string(n.to_string()));
    }
    match a.get(1) {
        Some(default) => Ok(default.clone()),
        None => Err(PyErr::new(ExcKind::ValueError, "no such name")),
    }
}

fn lookup(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("lookup", a, 1, 1)?;
    let wanted = a[0].as_str().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("lookup() argument must be str, not {}", a[0].type_name()),
        )
    })?;
    match unicode_names2::character(wanted) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            format!("undefined character name '{wanted}'"),
        )),
    }
}

/// The form and text of `normalize(form, unistr)` / `is_normalized(form, unistr)`.
fn form_and_text<'a>(a: &'a [Value], fname: &str) -> PyResult<(&'a str, &'a str)> {
    args::count(fname, a, 2, 2)?;
    let text_of = |v: &'a Value, n: usize| {
        v.as_str().ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!("{fname}() argument {n} must be str, not {}", v.type_name()),
            )
        })
    };
    let form = text_of(&a[0], 1)?;
    if !matches!(form, "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "invalid normalization form",
        ));
    }
    Ok((form, text_of(&a[1], 2)?))
}

/// `text` in normalization `form` (one of the four, checked by the caller).
fn normalized(form: &str, text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    }
}

fn normalize(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (form, text) = form_and_text(a, "normalize")?;
    Ok(Value::string(normalized(form, text)))
}

fn is_normalized(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (form, text) = form_and_text(a, "is_normalized")?;
    Ok(Value::Bool(normalized(form, text) == text))
}
