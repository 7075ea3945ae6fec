//! `gc`: the cycle collector's interface (`collect`, `enable`/`disable`/`isenabled`,
//! `get_count`, `get_threshold`/`set_threshold`, `get_objects`, `is_tracked`, and the
//! `garbage` and `callbacks` lists, which stay empty). The collector is
//! `objects/gc.rs` and `vm/gc.rs`; see docs/architecture.md, "Reference cycles".

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::gc::{self, GENERATIONS};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static GC: &[MethodDef] = &[
    MethodDef::new("collect", collect),
    MethodDef::new("enable", enable),
    MethodDef::new("disable", disable),
    MethodDef::new("isenabled", isenabled),
    MethodDef::new("get_count", get_count),
    MethodDef::new("get_threshold", get_threshold),
    MethodDef::new("set_threshold", set_threshold),
    MethodDef::new("get_objects", get_objects),
    MethodDef::new("is_tracked", is_tracked),
];

/// Builds the `gc` module.
pub fn module() -> Value {
    native_module(
        "gc",
        GC,
        vec![
            ("garbage", Value::list(vec![])),
            ("callbacks", Value::list(vec![])),
        ],
    )
}

/// `collect(generation=2)`: the number of unreachable objects found.
fn collect(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::only_kwargs("collect", kw, &["generation"])?;
    args::count("collect", a, 0, 1)?;
    let generation = match a.first().or(args::kwarg(kw, "generation")) {
        Some(v) => args::int(v, "")?,
        None => GENERATIONS as i64 - 1,
    };
    if !(0..GENERATIONS as i64).contains(&generation) {
        return Err(PyErr::new(ExcKind::ValueError, "invalid generation"));
    }
    Ok(Value::Int(vm.collect_garbage(generation as usize) as i64))
}

fn no_args(name: &str, a: &[Value], kw: &KwArgs) -> PyResult<()> {
    args::no_kwargs(name, kw)?;
    if !a.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}() takes no arguments ({} given)", a.len()),
        ));
    }
    Ok(())
}

fn enable(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("gc.enable", a, kw)?;
    gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("gc.disable", a, kw)?;
    gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("gc.isenabled", a, kw)?;
    Ok(Value::Bool(gc::is_enabled()))
}

fn triple(values: [i64; GENERATIONS]) -> Value {
    Value::tuple(values.iter().map(|&v| Value::Int(v)).collect())
}

fn get_count(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("gc.get_count", a, kw)?;
    Ok(triple(gc::counts().map(|c| c as i64)))
}

fn get_threshold(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("gc.get_threshold", a, kw)?;
    Ok(triple(gc::thresholds()))
}

/// `set_threshold(threshold0[, threshold1[, threshold2]])`; 0 for threshold 0 turns
/// automatic collection off (a negative one is kept, as CPython keeps it, and does the
/// same).
fn set_threshold(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("set_threshold", kw)?;
    let n = a.len();
    if !(1..=GENERATIONS).contains(&n) {
        let (bound, count) = if n == 0 { ("least", 1) } else { ("most", 3) };
        let s = if count == 1 { "" } else { "s" };
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("set_threshold() takes at {bound} {count} argument{s} ({n} given)"),
        ));
    }
    let mut given = Vec::with_capacity(n);
    for v in a {
        given.push(args::int(v, "")?);
    }
    gc::set_thresholds(&given);
    Ok(Value::None)
}

/// `get_objects(generation=None)`: the live tracked objects (of one generation).
fn get_objects(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::only_kwargs("get_objects", kw, &["generation"])?;
    args::count("get_objects", a, 0, 1)?;
    let generation = match a.first().or(args::kwarg(kw, "generation")) {
        None | Some(Value::None) => None,
        Some(v) => Some(args::int(v, "")?),
    };
    let objs = match generation {
        Some(g) if g >= GENERATIONS as i64 => {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!(
                    "generation parameter must be less than the number of available \
                     generations ({GENERATIONS})"
                ),
            ))
        }
        Some(g) if g >= 0 => gc::generation_objects(g as usize),
        _ => gc::all_objects(),
    };
    Ok(Value::list(objs.iter().map(gc::Obj::value).collect()))
}

fn is_tracked(_: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("gc.is_tracked", kw)?;
    let [v] = a else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "gc.is_tracked() takes exactly one argument ({} given)",
                a.len()
            ),
        ));
    };
    Ok(Value::Bool(gc::is_tracked(v)))
}
