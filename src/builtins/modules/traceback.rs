//! `_traceback`, the native half of `lib/traceback.py`: `_format(exc, only)`, the text
//! the interpreter prints for `exc` uncaught (or, with `only`, its final
//! `Type: message` part), through the VM's exception formatter.

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static TRACEBACK: &[MethodDef] = &[MethodDef::new("_format", format)];

/// Builds the `_traceback` module.
pub fn module() -> Value {
    native_module("_traceback", TRACEBACK, vec![])
}

fn format(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("_format", a, 2, 2)?;
    let Some(err) = PyErr::from_value(&a[0]) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("Exception expected for value, {} found", a[0].type_name()),
        ));
    };
    let only = vm.truthy(&a[1])?;
    let text = (vm.format_exception_hook)(vm, &err, only);
    Ok(Value::str(&text))
}
