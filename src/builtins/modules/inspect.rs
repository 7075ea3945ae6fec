//! `inspect`: generator states, `currentframe()` and a few predicates.

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("getgeneratorstate", getgeneratorstate),
    MethodDef::new("isgenerator", isgenerator),
    MethodDef::new("isgeneratorfunction", isgeneratorfunction),
    MethodDef::new("isfunction", isfunction),
    MethodDef::new("isclass", isclass),
    MethodDef::new("getgeneratorlocals", getgeneratorlocals),
    MethodDef::new("currentframe", currentframe),
];

/// Builds the `inspect` module.
pub fn module() -> Value {
    native_module(
        "inspect",
        FUNCS,
        vec![
            ("GEN_CREATED", Value::str("GEN_CREATED")),
            ("GEN_RUNNING", Value::str("GEN_RUNNING")),
            ("GEN_SUSPENDED", Value::str("GEN_SUSPENDED")),
            ("GEN_CLOSED", Value::str("GEN_CLOSED")),
        ],
    )
}

fn getgeneratorstate(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("getgeneratorstate", a, 1, 1)?;
    match &a[0] {
        Value::Generator(g) => Ok(Value::str(g.status())),
        other => Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute 'gi_running'",
                other.type_name()
            ),
        )),
    }
}

fn getgeneratorlocals(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("getgeneratorlocals", a, 1, 1)?;
    match &a[0] {
        Value::Generator(_) => {
            let frame = vm.get_attr(&a[0], "gi_frame")?;
            match frame {
                Value::None => Ok(Value::Dict(Default::default())),
                f => vm.get_attr(&f, "f_locals"),
            }
        }
        other => Err(PyErr::new(
            ExcKind::TypeError,
            format!("{} is not a Python generator", vm.repr(other)?),
        )),
    }
}

fn isgenerator(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isgenerator", a, 1, 1)?;
    Ok(Value::Bool(matches!(a[0], Value::Generator(_))))
}

fn isgeneratorfunction(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isgeneratorfunction", a, 1, 1)?;
    Ok(Value::Bool(
        matches!(&a[0], Value::Function(f) if f.code.is_generator()),
    ))
}

fn isfunction(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isfunction", a, 1, 1)?;
    Ok(Value::Bool(matches!(a[0], Value::Function(_))))
}

/// `inspect.currentframe()`: the frame object of its caller (as `sys._getframe()`).
fn currentframe(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("currentframe", a, 0, 0)?;
    Ok(match vm.frames.len().checked_sub(1) {
        Some(i) => vm.frame_object(i),
        None => Value::None,
    })
}

fn isclass(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isclass", a, 1, 1)?;
    Ok(Value::Bool(matches!(a[0], Value::Class(_))))
}
