//! `_csv`, the native core of `lib/csv.py`: the validated [`dialect`] parameters,
//! the [`reader`] state machine and the [`writer`]'s quoting, plus the field size
//! limit. The registry of dialects, the `csv.Dialect` classes, `csv.Error`,
//! `DictReader` and `DictWriter` are Python, in `lib/csv.py`.

mod dialect;
mod reader;
mod writer;

use std::cell::Cell;
use std::rc::Rc;

use super::native_module;
use crate::objects::args;
use crate::objects::class::Class;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;
use dialect::{QUOTE_ALL, QUOTE_MINIMAL, QUOTE_NONE, QUOTE_NONNUMERIC};

static FUNCS: &[MethodDef] = &[
    MethodDef::new("reader", reader),
    MethodDef::new("writer", writer),
    MethodDef::new("field_size_limit", field_size_limit),
];

/// Builds the `_csv` module.
pub fn module() -> Value {
    native_module(
        "_csv",
        FUNCS,
        vec![
            ("Dialect", Value::Class(dialect::class())),
            ("QUOTE_MINIMAL", Value::Int(QUOTE_MINIMAL)),
            ("QUOTE_ALL", Value::Int(QUOTE_ALL)),
            ("QUOTE_NONNUMERIC", Value::Int(QUOTE_NONNUMERIC)),
            ("QUOTE_NONE", Value::Int(QUOTE_NONE)),
        ],
    )
}

thread_local! {
    /// `csv.field_size_limit()`: the most characters a field may hold.
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

/// The current field size limit.
fn field_limit() -> i64 {
    FIELD_LIMIT.with(Cell::get)
}

/// A `csv.Error` (the class `error`) with message `msg`.
fn csv_error(vm: &mut Vm, error: &Rc<Class>, msg: &str) -> PyErr {
    vm.new_exception_instance(error, vec![Value::str(msg)])
        .unwrap_or_else(|e| e)
}

/// The TypeError for calling the type of a reader or writer: they are made by the
/// `reader` and `writer` functions only.
fn not_creatable(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("cannot create '_csv.{name}' instances"),
    )
}

/// The error class argument of `reader` and `writer`.
fn error_class(v: &Value) -> PyResult<Rc<Class>> {
    match v {
        Value::Class(c) => Ok(c.clone()),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "expected the csv.Error class",
        )),
    }
}

/// `reader(iterable, dialect, error)`: a reader of the lines of `iterable` in the
/// `_csv.Dialect` `dialect`, raising the class `error` for malformed input.
fn reader(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("reader", kw)?;
    args::count("reader", a, 3, 3)?;
    reader::Reader::value(vm, &a[0], &a[1], error_class(&a[2])?)
}

/// `writer(file, dialect, error)`: a writer to `file` in the `_csv.Dialect`
/// `dialect`, raising the class `error` for a row it cannot write.
fn writer(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("writer", kw)?;
    args::count("writer", a, 3, 3)?;
    writer::Writer::value(vm, &a[0], &a[1], error_class(&a[2])?)
}

/// `field_size_limit([new_limit])`: the old limit, after setting the new one.
fn field_size_limit(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::only_kwargs("field_size_limit", kw, &["new_limit"])?;
    if a.len() + kw.len() > 1 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "field_size_limit() takes at most 1 argument ({} given)",
                a.len() + kw.len()
            ),
        ));
    }
    let old = field_limit();
    if let Some(new) = a.first().or_else(|| args::kwarg(kw, "new_limit")) {
        let n = match new {
            Value::BigInt(_) => {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C long",
                ))
            }
            Value::Int(n) => *n,
            _ => return Err(PyErr::new(ExcKind::TypeError, "limit must be an integer")),
        };
        FIELD_LIMIT.with(|l| l.set(n));
    }
    Ok(Value::Int(old))
}
