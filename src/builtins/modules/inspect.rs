//! `inspect`: generator and coroutine states, `currentframe()` and a few predicates.

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::generator::GenKind;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("getgeneratorstate", getgeneratorstate),
    MethodDef::new("isgenerator", isgenerator),
    MethodDef::new("isgeneratorfunction", isgeneratorfunction),
    MethodDef::new("iscoroutine", iscoroutine),
    MethodDef::new("iscoroutinefunction", iscoroutinefunction),
    MethodDef::new("isasyncgen", isasyncgen),
    MethodDef::new("isasyncgenfunction", isasyncgenfunction),
    MethodDef::new("isawaitable", isawaitable),
    MethodDef::new("getcoroutinestate", getcoroutinestate),
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
            ("CORO_CREATED", Value::str("CORO_CREATED")),
            ("CORO_RUNNING", Value::str("CORO_RUNNING")),
            ("CORO_SUSPENDED", Value::str("CORO_SUSPENDED")),
            ("CORO_CLOSED", Value::str("CORO_CLOSED")),
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

/// True when `v` is a generator object of kind `kind` (a generator `types.coroutine`
/// marked is still a generator).
fn is_gen_of(v: &Value, kind: GenKind) -> bool {
    let plain = |k: GenKind| match k {
        GenKind::IterableCoroutine => GenKind::Generator,
        k => k,
    };
    matches!(v, Value::Generator(g) if plain(g.kind.get()) == kind)
}

/// True when `v` is a function whose calls make generator objects of kind `kind`.
fn is_function_of(v: &Value, kind: GenKind) -> bool {
    matches!(v, Value::Function(f) if f.code.is_generator() && f.code.gen_kind() == kind)
}

fn isgenerator(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isgenerator", a, 1, 1)?;
    Ok(Value::Bool(is_gen_of(&a[0], GenKind::Generator)))
}

fn isgeneratorfunction(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isgeneratorfunction", a, 1, 1)?;
    Ok(Value::Bool(is_function_of(&a[0], GenKind::Generator)))
}

fn iscoroutine(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("iscoroutine", a, 1, 1)?;
    Ok(Value::Bool(is_gen_of(&a[0], GenKind::Coroutine)))
}

fn iscoroutinefunction(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("iscoroutinefunction", a, 1, 1)?;
    Ok(Value::Bool(is_function_of(&a[0], GenKind::Coroutine)))
}

fn isasyncgen(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isasyncgen", a, 1, 1)?;
    Ok(Value::Bool(is_gen_of(&a[0], GenKind::AsyncGenerator)))
}

fn isasyncgenfunction(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isasyncgenfunction", a, 1, 1)?;
    Ok(Value::Bool(is_function_of(&a[0], GenKind::AsyncGenerator)))
}

/// `isawaitable(v)`: a coroutine, a `types.coroutine` generator, or an object with
/// `__await__`.
fn isawaitable(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("isawaitable", a, 1, 1)?;
    Ok(Value::Bool(match &a[0] {
        Value::Generator(g) => matches!(
            g.kind.get(),
            GenKind::Coroutine | GenKind::IterableCoroutine
        ),
        v => vm.lookup_method(v, "__await__").is_some(),
    }))
}

/// `getcoroutinestate(c)`: the generator state with the CORO_ prefix.
fn getcoroutinestate(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("getcoroutinestate", a, 1, 1)?;
    match &a[0] {
        Value::Generator(g) if g.kind.get() == GenKind::Coroutine => {
            let state = g.status().trim_start_matches("GEN_");
            Ok(Value::string(format!("CORO_{state}")))
        }
        other => Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute 'cr_running'",
                other.type_name()
            ),
        )),
    }
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
