//! `_logging`, the native helper of `lib/logging/`: [`frames`] tells a log record
//! which file, line and function logged it (what CPython's `logging` reads from
//! `sys._getframe`).

use super::native_module;
use crate::objects::func::MethodDef;
use crate::objects::{KwArgs, PyResult, Value};
use crate::vm::Vm;

/// Builds the `_logging` module.
pub fn module() -> Value {
    native_module("_logging", FUNCS, vec![])
}

static FUNCS: &[MethodDef] = &[MethodDef::new("_frames", frames)];

/// `_frames()`: a `(filename, lineno, function name)` tuple for each running Python
/// frame, the innermost (the function that called `_frames`) first.
fn frames(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let list = vm
        .frames
        .iter()
        .rev()
        .map(|f| {
            Value::tuple(vec![
                Value::str(&f.code.source.name),
                Value::Int(f.line() as i64),
                Value::str(&f.code.name),
            ])
        })
        .collect();
    Ok(Value::list(list))
}
