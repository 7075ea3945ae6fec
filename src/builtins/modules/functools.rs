//! `functools`, native part: `reduce` and `_discard` (lru_cache's constant-time
//! removal); the rest (`partial`, `lru_cache`, `wraps`, ...)
//! is Python, in `lib/functools.py`.

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::Vm;

static FUNCTOOLS: &[MethodDef] = &[
    MethodDef::new("reduce", reduce),
    MethodDef::new("_discard", discard),
];

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

/// `_discard(d, key)`: removes `key` from the dict `d` in constant time, moving the
/// dict's last entry into its place (lru_cache keeps its own use order).
fn discard(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("_discard", a, 2, 2)?;
    let Value::Dict(d) = &a[0] else {
        return Err(PyErr::new(ExcKind::TypeError, "_discard() needs a dict"));
    };
    let k = vm.dict_key(d, a[1].clone())?;
    // The removed value is dropped after the dict's borrow ends (its `__del__` may
    // read the dict).
    let removed = d.borrow_mut().swap_remove(&k);
    vm.dict_shrunk();
    drop(removed);
    Ok(Value::None)
}
