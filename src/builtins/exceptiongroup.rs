//! The methods of `BaseExceptionGroup` (and so `ExceptionGroup`): `derive`, `split`
//! and `subgroup`. Construction with CPython's checks is
//! `objects::exc::new_exception_group`; `message` and `exceptions` are attributes of
//! the exception's state; the splitting itself is the VM's (`vm/except_star.rs`),
//! which `except*` shares.

use crate::objects::class::types;
use crate::objects::{ExcKind, KwArgs, MethodDef, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Puts the methods into the class's dict.
pub fn install() {
    types()
        .exc(ExcKind::BaseExceptionGroup)
        .add_methods(METHODS);
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("derive", derive),
    MethodDef::new("split", split_method),
    MethodDef::new("subgroup", subgroup),
];

/// The group a method was called on.
fn receiver(a: &[Value], name: &str) -> PyResult<PyErr> {
    a.first()
        .and_then(PyErr::from_value)
        .filter(|e| e.data().group.is_some())
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!("descriptor '{name}' requires a 'BaseExceptionGroup' object"),
            )
        })
}

/// `derive(excs)`: a BaseExceptionGroup with this one's message and `excs`.
fn derive(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::objects::args::method_count("derive", a, 1, 1)?;
    let eg = receiver(a, "derive")?;
    let message = eg.data().group.clone().unwrap_or_default().0;
    let class = Value::Class(types().exc(ExcKind::BaseExceptionGroup));
    vm.call(&class, vec![message, a[1].clone()], vec![])
}

fn optional(e: Option<PyErr>) -> Value {
    e.map_or(Value::None, |e| e.value())
}

/// `split(condition)`: `(match, rest)`.
fn split_method(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::objects::args::method_count("split", a, 1, 1)?;
    let eg = receiver(a, "split")?;
    let parts = vm.exception_group_split(&eg, &a[1], true)?;
    Ok(Value::tuple(vec![
        optional(parts.matched),
        optional(parts.rest),
    ]))
}

/// `subgroup(condition)`: the matching part, or None.
fn subgroup(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::objects::args::method_count("subgroup", a, 1, 1)?;
    let eg = receiver(a, "subgroup")?;
    Ok(optional(
        vm.exception_group_split(&eg, &a[1], false)?.matched,
    ))
}
