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
    if s.is_nan() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "Invalid value NaN (not a number)",
        ));
    }
    if s < 0.0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "sleep length must be non-negative",
        ));
    }
    // CPython keeps times as i64 nanoseconds; longer lengths are refused, with a
    // message that depends on whether the length was an int or a float.
    if s * 1e9 >= i64::MAX as f64 {
        let message = match &a[0] {
            Value::Float(_) => "timestamp out of range for platform time_t",
            _ => "timestamp too large to convert to C _PyTime_t",
        };
        return Err(PyErr::new(ExcKind::OverflowError, message));
    }
    let length = std::time::Duration::from_nanos((s * 1e9) as u64);
    // In slices, so that Ctrl-C interrupts a long sleep as it does in CPython.
    let end = std::time::Instant::now() + length;
    loop {
        crate::vm::check_interrupt()?;
        let left = end.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Ok(Value::None);
        }
        std::thread::sleep(left.min(std::time::Duration::from_millis(20)));
    }
}
