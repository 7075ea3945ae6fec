//! `importlib`: `import_module` and `reload`, over the VM's import system
//! (`vm/import.rs`).

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("import_module", import_module),
    MethodDef::new("reload", reload),
    MethodDef::new("invalidate_caches", invalidate_caches),
];

/// Builds the `importlib` module.
pub fn module() -> Value {
    native_module("importlib", FUNCS, vec![])
}

/// `importlib.import_module(name, package=None)`.
fn import_module(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::only_kwargs("import_module", kw, &["name", "package"])?;
    let name = a.first().or_else(|| args::kwarg(kw, "name"));
    let package = a.get(1).or_else(|| args::kwarg(kw, "package"));
    if a.len() > 2 || name.is_none() {
        args::count("import_module", a, 1, 2)?;
    }
    let name = name.map_or(Ok(""), |n| args::str(n, "import_module"))?;
    let package = match package {
        None | Some(Value::None) => None,
        Some(p) => Some(
            p.as_str()
                .ok_or_else(|| PyErr::new(ExcKind::TypeError, "__package__ not set to a string"))?,
        ),
    };
    vm.import_module(name, package)
}

/// `importlib.reload(module)`.
fn reload(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::no_kwargs("reload", kw)?;
    args::count("reload", a, 1, 1)?;
    vm.reload(&a[0])
}

/// `importlib.invalidate_caches()`: genpy keeps no finder caches, so nothing to do.
fn invalidate_caches(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}
