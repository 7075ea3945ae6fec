//! `_traceback`, the native half of `lib/traceback.py`: `_format(exc, only, limit,
//! chain[, skip])`, the text the interpreter prints for `exc` uncaught (or, with
//! `only`, its final `Type: message` part; `limit` frames of each traceback, None for
//! all; the chained exceptions first if `chain`; without the `skip` outermost frames
//! of its own traceback), through the VM's exception formatter.

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::{ExceptionFormat, Vm};

static TRACEBACK: &[MethodDef] = &[MethodDef::new("_format", format)];

/// Builds the `_traceback` module.
pub fn module() -> Value {
    native_module("_traceback", TRACEBACK, vec![])
}

fn format(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("_format", a, 4, 5)?;
    let Some(err) = PyErr::from_value(&a[0]) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("Exception expected for value, {} found", a[0].type_name()),
        ));
    };
    let limit = match &a[2] {
        Value::None => None,
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(i64::from(*b)),
        other => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "'>=' not supported between instances of '{}' and 'int'",
                    other.type_name()
                ),
            ))
        }
    };
    let how = ExceptionFormat {
        only: vm.truthy(&a[1])?,
        limit,
        chain: vm.truthy(&a[3])?,
    };
    let skip = match a.get(4) {
        Some(v) => args::int(v, "")?.max(0) as usize,
        None => 0,
    };
    let Some(exc) = err.0.exc.as_ref() else {
        return Ok(Value::str(&(vm.format_exception_hook)(vm, &err, &how)));
    };
    // The outermost frames are the last entries; they are put back after formatting.
    let outer = {
        let mut data = exc.borrow_mut();
        let keep = data.traceback.len().saturating_sub(skip);
        data.traceback.split_off(keep)
    };
    let text = (vm.format_exception_hook)(vm, &err, &how);
    exc.borrow_mut().traceback.extend(outer);
    Ok(Value::str(&text))
}
