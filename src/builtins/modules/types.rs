//! `_types`: the native half of `lib/types.py`, marking the generators that
//! `types.coroutine` returns as awaitable.

use super::native_module;
use crate::objects::args;
use crate::objects::func::MethodDef;
use crate::objects::generator::GenKind;
use crate::objects::{KwArgs, PyResult, Value};
use crate::vm::Vm;

static FUNCS: &[MethodDef] = &[MethodDef::new(
    "mark_iterable_coroutine",
    mark_iterable_coroutine,
)];

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
