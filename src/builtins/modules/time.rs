//! `time`: the wall clock (`time`, `perf_counter` and `monotonic` all read it) and
//! `sleep`.

use super::math::float_arg;
use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static TIME: &[MethodDef] = &[
    MethodDef::new("time", now),
    MethodDef::new("perf_counter", now),
    MethodDef::new("monotonic", now),
    MethodDef::new("sleep", sleep),
];

/// Builds the `time` module.
pub fn module() -> Value {
    native_module("time", TIME, vec![])
}

fn now(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn sleep(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("sleep", a, 1, 1)?;
    let s = float_arg(&a[0])?;
    if s < 0.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "sleep length must be non-negative",
        ));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}
