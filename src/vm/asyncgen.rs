//! The awaitables of an async generator: what `__anext__()`, `asend(v)`, `athrow(e)`
//! and `aclose()` return (CPython's `async_generator_asend` and
//! `async_generator_athrow`). Awaiting one resumes the async generator, a generator
//! object of kind AsyncGenerator, with the ordinary resume path; its outcome tells
//! the two kinds of suspension apart by the op the frame stopped at: a `yield` in the
//! body (the awaitable finishes with the value, as StopIteration) or an `await` inside
//! it passing a value up to the event loop (`YieldValue(1)`, so the generator is
//! delegating: the awaitable yields the value too). The async generator hooks of
//! `sys.set_asyncgen_hooks` (an event loop's) live here too: `firstiter` is called
//! when an async generator first runs, `finalizer` instead of closing one dropped
//! unfinished (asyncio schedules its `aclose()`). See docs/architecture.md.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::generator::Resume;
use super::Vm;
use crate::objects::class::{BuiltinType, Class};
use crate::objects::frame::Outcome;
use crate::objects::func::MethodDef;
use crate::objects::generator::{GenKind, Generator};
use crate::objects::native::{Native, NativeObject};
use crate::objects::{ExcKind, KwArgs, PyErr, PyResult, Value};

/// What the awaitable does to the async generator when first resumed.
#[derive(Debug)]
enum Action {
    /// `__anext__()` (None) or `asend(v)`.
    Send(Value),
    /// `athrow(exc)`.
    Throw(PyErr),
    /// `aclose()`: GeneratorExit thrown in; a yield in reply is an error.
    Close,
}

/// Where the awaitable is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Not resumed yet: the first resume performs the [`Action`].
    Init,
    /// The async generator is inside an `await`: resumes pass through.
    Awaiting,
    /// Finished: it cannot be awaited again.
    Done,
}

/// An awaitable resuming an async generator once (one `__anext__`, `asend`, `athrow`
/// or `aclose`).
#[derive(Debug)]
pub struct AsyncGenAwaitable {
    gen: Rc<Generator>,
    action: RefCell<Option<Action>>,
    stage: Cell<Stage>,
    /// `athrow`/`aclose` (their type is `async_generator_athrow`).
    throws: bool,
}

static METHODS: &[MethodDef] = &[
    MethodDef::new("send", aw_send),
    MethodDef::new("throw", aw_throw),
    MethodDef::new("close", aw_close),
    MethodDef::new("__next__", aw_next),
    MethodDef::new("__iter__", aw_self),
    MethodDef::new("__await__", aw_self),
];

thread_local! {
    static ASEND: Rc<Class> = awaitable_class("async_generator_asend");
    static ATHROW: Rc<Class> = awaitable_class("async_generator_athrow");
    static HOOKS: RefCell<(Value, Value)> = const { RefCell::new((Value::None, Value::None)) };
}

/// `sys.get_asyncgen_hooks()`: (firstiter, finalizer), None where unset.
pub fn asyncgen_hooks() -> (Value, Value) {
    HOOKS.with(|h| h.borrow().clone())
}

/// `sys.set_asyncgen_hooks(...)`: `None` in an argument leaves that hook as it is.
pub fn set_asyncgen_hooks(firstiter: Option<Value>, finalizer: Option<Value>) {
    HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(f) = firstiter {
            h.0 = f;
        }
        if let Some(f) = finalizer {
            h.1 = f;
        }
    })
}

impl Vm {
    /// Hands a dropped, unfinished async generator to the `finalizer` hook, if one
    /// is set (exceptions reported, not raised); false when there is none, and the
    /// generator is to be closed here.
    pub(super) fn finalize_async_gen(&mut self, g: &Rc<Generator>) -> bool {
        if g.kind.get() != GenKind::AsyncGenerator {
            return false;
        }
        let finalizer = HOOKS.with(|h| h.borrow().1.clone());
        if matches!(finalizer, Value::None) {
            return false;
        }
        if let Err(e) = self.call(&finalizer, vec![Value::Generator(g.clone())], vec![]) {
            (self.unraisable_hook)(self, "async generator finalizer", &e);
        }
        true
    }
}

fn awaitable_class(name: &str) -> Rc<Class> {
    let c = Class::native("builtins", name, BuiltinType::Native, vec![], None);
    c.add_methods(METHODS);
    c
}

impl AsyncGenAwaitable {
    /// `__anext__()` (`value` None) or `asend(value)` of `gen`.
    pub fn asend(gen: Rc<Generator>, value: Value) -> Value {
        Self::make(gen, Action::Send(value), false)
    }

    /// `athrow(exc)` of `gen`.
    pub fn athrow(gen: Rc<Generator>, exc: PyErr) -> Value {
        Self::make(gen, Action::Throw(exc), true)
    }

    /// `aclose()` of `gen`.
    pub fn aclose(gen: Rc<Generator>) -> Value {
        Self::make(gen, Action::Close, true)
    }

    fn make(gen: Rc<Generator>, action: Action, throws: bool) -> Value {
        Native::value(AsyncGenAwaitable {
            gen,
            action: RefCell::new(Some(action)),
            stage: Cell::new(Stage::Init),
            throws,
        })
    }

    fn take_action(&self) -> Option<Action> {
        self.action.borrow_mut().take()
    }

    fn closing(&self) -> bool {
        matches!(*self.action.borrow(), Some(Action::Close))
    }

    fn reused(&self) -> PyErr {
        let what = match self.throws {
            true => "aclose()/athrow()",
            false => "__anext__()/asend()",
        };
        PyErr::new(
            ExcKind::RuntimeError,
            format!("cannot reuse already awaited {what}"),
        )
    }

    /// One step: `how` is what the resume does unless this is the first step, when
    /// the awaitable's own action (with `sent` for `asend`) is done instead.
    fn step(&self, vm: &mut Vm, how: Resume) -> PyResult<Value> {
        let how = match self.stage.get() {
            Stage::Done => return Err(self.reused()),
            Stage::Awaiting => how,
            Stage::Init => match (self.take_action(), how) {
                (Some(Action::Send(v)), Resume::Send(Value::None)) => Resume::Send(v),
                (Some(Action::Send(_)), how) => how,
                (Some(Action::Throw(e)), Resume::Send(_)) => Resume::Throw(e),
                (Some(Action::Close), Resume::Send(_)) => {
                    *self.action.borrow_mut() = Some(Action::Close);
                    Resume::Throw(PyErr::bare(ExcKind::GeneratorExit))
                }
                (action, how) => {
                    *self.action.borrow_mut() = action;
                    how
                }
            },
        };
        self.stage.set(Stage::Awaiting);
        if self.gen.status() == "GEN_CREATED" {
            let firstiter = HOOKS.with(|h| h.borrow().0.clone());
            if !matches!(firstiter, Value::None) {
                vm.call(&firstiter, vec![Value::Generator(self.gen.clone())], vec![])?;
            }
        }
        let out = vm.resume_nested(&self.gen, how);
        self.finish(out)
    }

    /// What one resume of the async generator comes to for the awaiter.
    fn finish(&self, out: PyResult<Outcome>) -> PyResult<Value> {
        match out {
            Ok(Outcome::Yielded(v)) if self.gen.yieldfrom().is_some() => Ok(v),
            Ok(Outcome::Yielded(v)) => {
                self.stage.set(Stage::Done);
                match self.closing() {
                    true => Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "async generator ignored GeneratorExit",
                    )),
                    false => Err(PyErr::stop_iteration(v)),
                }
            }
            Ok(Outcome::Returned(_)) => {
                self.stage.set(Stage::Done);
                match self.closing() {
                    true => Err(PyErr::stop_iteration(Value::None)),
                    false => Err(PyErr::bare(ExcKind::StopAsyncIteration)),
                }
            }
            Err(e) => {
                self.stage.set(Stage::Done);
                let closed =
                    e.matches(ExcKind::StopAsyncIteration) || e.matches(ExcKind::GeneratorExit);
                match self.closing() && closed {
                    true => Err(PyErr::stop_iteration(Value::None)),
                    false => Err(e),
                }
            }
        }
    }
}

impl NativeObject for AsyncGenAwaitable {
    fn class(&self) -> Rc<Class> {
        match self.throws {
            true => ATHROW.with(Rc::clone),
            false => ASEND.with(Rc::clone),
        }
    }

    fn type_name(&self) -> &'static str {
        match self.throws {
            true => "async_generator_athrow",
            false => "async_generator_asend",
        }
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.step(vm, Resume::Send(Value::None)).map(Some)
    }
}

fn this(a: &[Value]) -> PyResult<&AsyncGenAwaitable> {
    a.first()
        .and_then(|v| v.downcast::<AsyncGenAwaitable>())
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "descriptor requires an awaitable"))
}

fn aw_send(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::objects::args::method_count("send", a, 1, 1)?;
    this(a)?.step(vm, Resume::Send(a[1].clone()))
}

fn aw_next(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.step(vm, Resume::Send(Value::None))
}

fn aw_throw(vm: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::objects::args::method_count("throw", a, 1, 3)?;
    let e = vm.throw_args(&a[1..])?;
    let aw = this(a)?;
    if aw.stage.get() == Stage::Init {
        // Thrown in before the action ran: the action never runs.
        aw.stage.set(Stage::Awaiting);
        aw.action.borrow_mut().take();
    }
    aw.step(vm, Resume::Throw(e))
}

fn aw_close(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(a)?.stage.set(Stage::Done);
    Ok(Value::None)
}

fn aw_self(_: &mut Vm, a: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or_default())
}
