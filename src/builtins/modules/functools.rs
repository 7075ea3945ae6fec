//! `functools`, native part: `reduce`; the rest (`partial`, `lru_cache`, `wraps`, ...)
//! is Python, in `lib/functools.py`.

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCTOOLS: &[MethodDef] = &[MethodDef::new("reduce", reduce)];

/// Builds the `functools` module.
pub fn module() -> Value {
    native_module("functools", FUNCTOOLS, vec![])
}

fn reduce(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("reduce", a, 2, 3)?;
    let it = vm.get_iter(a[1].clone())?;
    let mut acc = match a.get(2) {
        Some(init) => init.clone(),
        None => vm.iter_next(&it)?.ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                "reduce() of empty iterable with no initial value",
            )
        })?,
    };
    while let Some(v) = vm.iter_next(&it)? {
        acc = vm.call(&a[0], vec![acc, v], vec![])?;
    }
    Ok(acc)
}
