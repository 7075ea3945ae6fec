//! Methods of coroutines (`send`, `throw`, `close`, `__await__`) and async generators
//! (`__aiter__`, `__anext__`, `asend`, `athrow`, `aclose`), and the
//! `coroutine_wrapper` that a coroutine's `__await__()` returns: an iterator that
//! resumes the coroutine, for awaitables written in Python that delegate to one.

use std::rc::Rc;

use super::misc::{gen_close, gen_next, gen_send, gen_throw, same};
use crate::objects::args;
use crate::objects::class::{BuiltinType, Class};
use crate::objects::func::{MethodDef, Special};
use crate::objects::generator::Generator;
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};
use crate::vm::asyncgen::AsyncGenAwaitable;
use crate::vm::coroutine::async_generator;
use crate::vm::Vm;

/// Coroutine methods (the generator ones the VM runs without recursion, but `__next__`).
pub static COROUTINE_METHODS: &[MethodDef] = &[
    MethodDef::special("send", gen_send, Special::GenSend),
    MethodDef::special("throw", gen_throw, Special::GenThrow),
    MethodDef::special("close", gen_close, Special::GenClose),
    MethodDef::new("__await__", coro_await),
];

/// Async generator methods.
pub static ASYNC_GENERATOR_METHODS: &[MethodDef] = &[
    MethodDef::new("__aiter__", same),
    MethodDef::new("__anext__", agen_anext),
    MethodDef::new("asend", agen_asend),
    MethodDef::new("athrow", agen_athrow),
    MethodDef::new("aclose", agen_aclose),
];

/// What a coroutine's `__await__()` returns: the coroutine as an iterator.
#[derive(Debug)]
struct CoroutineWrapper(Rc<Generator>);

static WRAPPER_METHODS: &[MethodDef] = &[
    MethodDef::new("send", wrapper_send),
    MethodDef::new("throw", wrapper_throw),
    MethodDef::new("close", wrapper_close),
    MethodDef::new("__next__", wrapper_next),
    MethodDef::new("__iter__", same),
];

thread_local! {
    static WRAPPER: Rc<Class> = {
        let c = Class::native("builtins", "coroutine_wrapper", BuiltinType::Native, vec![], None);
        c.add_methods(WRAPPER_METHODS);
        c
    };
}

impl NativeObject for CoroutineWrapper {
    fn class(&self) -> Rc<Class> {
        WRAPPER.with(Rc::clone)
    }

    fn type_name(&self) -> &'static str {
        "coroutine_wrapper"
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let g = Value::Generator(self.0.clone());
        match gen_next(vm, &[g], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.matches(ExcKind::StopIteration) && matches!(e.stop_value(), Value::None) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

fn coro_await(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Generator(g)) => Ok(Native::value(CoroutineWrapper(g.clone()))),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor '__await__' requires a 'coroutine' object",
        )),
    }
}

/// The arguments of a wrapper method with the coroutine in place of the wrapper.
fn unwrapped(a: &[Value]) -> PyResult<Vec<Value>> {
    let Some(w) = a.first().and_then(|v| v.downcast::<CoroutineWrapper>()) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor requires a 'coroutine_wrapper' object",
        ));
    };
    let mut args = vec![Value::Generator(w.0.clone())];
    args.extend_from_slice(&a[1..]);
    Ok(args)
}

fn wrapper_send(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gen_send(vm, &unwrapped(a)?, kw)
}

fn wrapper_throw(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gen_throw(vm, &unwrapped(a)?, kw)
}

fn wrapper_close(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gen_close(vm, &unwrapped(a)?, kw)
}

fn wrapper_next(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gen_next(vm, &unwrapped(a)?, kw)
}

/// The async generator a method was called on.
fn agen_of(a: &[Value]) -> PyResult<Rc<Generator>> {
    a.first().and_then(async_generator).cloned().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "descriptor requires an 'async_generator' object",
        )
    })
}

fn agen_anext(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(AsyncGenAwaitable::asend(agen_of(a)?, Value::None))
}

fn agen_asend(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("asend", a, 1, 1)?;
    Ok(AsyncGenAwaitable::asend(agen_of(a)?, a[1].clone()))
}

fn agen_athrow(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    args::method_count("athrow", a, 1, 3)?;
    let g = agen_of(a)?;
    let e = vm.throw_args(&a[1..])?;
    Ok(AsyncGenAwaitable::athrow(g, e))
}

fn agen_aclose(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(AsyncGenAwaitable::aclose(agen_of(a)?))
}
