//! `_types`: the native half of `lib/types.py`, marking the generators that
//! `types.coroutine` returns as awaitable; and the async generator hooks that
//! `sys.set_asyncgen_hooks` sets (`lib/sys.py`).

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::generator::GenKind;
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::asyncgen;
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[
    MethodDef::new("mark_iterable_coroutine", mark_iterable_coroutine),
    MethodDef::new("set_asyncgen_hooks", set_asyncgen_hooks),
    MethodDef::new("get_asyncgen_hooks", get_asyncgen_hooks),
];

/// Builds the `_types` module.
pub fn module() -> Value {
    native_module("_types", FUNCS, vec![])
}

/// `mark_iterable_coroutine(g)`: a plain generator becomes one `await` accepts (and
/// that may `yield from` a coroutine); anything else is returned as it is.
fn mark_iterable_coroutine(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("mark_iterable_coroutine", a, 1, 1)?;
    if let Value::Generator(g) = &a[0] {
        if g.kind.get() == GenKind::Generator {
            g.kind.set(GenKind::IterableCoroutine);
        }
    }
    Ok(a[0].clone())
}

/// `set_asyncgen_hooks(firstiter=..., finalizer=...)`: each hook given (a callable or
/// None) replaces the current one; a hook not given stays.
fn set_asyncgen_hooks(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args::count("set_asyncgen_hooks", a, 0, 2)?;
    let mut hooks = [a.first().cloned(), a.get(1).cloned()];
    for (name, value) in kw {
        let slot = match &**name {
            "firstiter" => 0,
            "finalizer" => 1,
            other => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("set_asyncgen_hooks() got an unexpected keyword argument '{other}'"),
                ))
            }
        };
        hooks[slot] = Some(value.clone());
    }
    for (hook, what) in hooks.iter().zip(["firstiter", "finalizer"]) {
        if let Some(h) = hook {
            if !matches!(h, Value::None) && !crate::builtins::functions::is_callable(vm, h) {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("callable {what} expected, got {}", h.type_name()),
                ));
            }
        }
    }
    let [firstiter, finalizer] = hooks;
    asyncgen::set_asyncgen_hooks(firstiter, finalizer);
    Ok(Value::None)
}

/// `get_asyncgen_hooks()`: the pair (firstiter, finalizer).
fn get_asyncgen_hooks(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::count("get_asyncgen_hooks", a, 0, 0)?;
    let (firstiter, finalizer) = asyncgen::asyncgen_hooks();
    Ok(Value::tuple(vec![firstiter, finalizer]))
}
