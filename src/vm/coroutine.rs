//! Coroutines and async generators on the generator machinery. A coroutine is a
//! generator object of kind Coroutine: `await x` compiles as `yield from` over the
//! awaitable `GetAwaitable` makes of `x`, so the resume path, the delegation of
//! `send`/`throw`/`close` down an `await` chain and the frame handling are the
//! generators' own. This file holds the ops of `await`, `async for` and
//! `async with`, the `cr_*`/`ag_*` attributes, and the "never awaited" warning
//! (see docs/architecture.md, "Coroutines").

use std::rc::Rc;

use super::asyncgen::AsyncGenAwaitable;
use super::Vm;
use crate::objects::code::Op;
use crate::objects::generator::{take_never_awaited, GenKind, Generator};
use crate::objects::{ExcKind, PyErr, PyResult, Value};

/// Where an awaitable comes from, for the TypeError when it is none (GetAwaitable's
/// operand, as CPython's `GET_AWAITABLE`).
fn not_awaitable(v: &Value, place: u32) -> PyErr {
    let msg = match place {
        1 => format!(
            "'async with' received an object from __aenter__ that does not implement \
             __await__: {}",
            v.type_name()
        ),
        2 => format!(
            "'async with' received an object from __aexit__ that does not implement \
             __await__: {}",
            v.type_name()
        ),
        _ => format!(
            "object {} can't be used in 'await' expression",
            v.type_name()
        ),
    };
    PyErr::new(ExcKind::TypeError, msg)
}

impl Vm {
    /// The five async ops (`GetAwaitable`, `GetAIter`, `GetANext`, `BeforeAsyncWith`;
    /// `EndAsyncFor` is the run loop's, as it re-raises).
    pub(super) fn async_op(&mut self, op: Op) -> PyResult<()> {
        match op {
            Op::GetAwaitable(place) => {
                let v = self.stack().pop().expect("operand");
                let it = self.get_awaitable(v, place)?;
                self.stack().push(it);
            }
            Op::GetAIter => {
                let v = self.stack().pop().expect("operand");
                let it = self.get_aiter(v)?;
                self.stack().push(it);
            }
            Op::GetANext => {
                let aiter = self.frames.last().and_then(|f| f.stack.last()).cloned();
                let aw = self.get_anext(aiter.unwrap_or_default())?;
                self.stack().push(aw);
            }
            Op::BeforeAsyncWith => self.before_async_with()?,
            _ => unreachable!("not an async op: {op:?}"),
        }
        Ok(())
    }

    /// The value stack of the frame running.
    fn stack(&mut self) -> &mut Vec<Value> {
        &mut self.frames.last_mut().expect("a running frame").stack
    }

    /// What `await v` iterates: a coroutine itself (or a generator `types.coroutine`
    /// marked), else the iterator `v.__await__()` returns.
    pub fn get_awaitable(&mut self, v: Value, place: u32) -> PyResult<Value> {
        if let Value::Generator(g) = &v {
            return match g.kind.get() {
                GenKind::Coroutine if g.yieldfrom().is_some() => Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "coroutine is being awaited already",
                )),
                GenKind::Coroutine | GenKind::IterableCoroutine => Ok(v),
                _ => Err(not_awaitable(&v, place)),
            };
        }
        let Some(m) = self.lookup_method(&v, "__await__") else {
            return Err(not_awaitable(&v, place));
        };
        let it = self.call(&m, vec![], vec![])?;
        let iterator = match &it {
            Value::Generator(g) if g.kind.get() == GenKind::Coroutine => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "__await__() returned a coroutine",
                ))
            }
            Value::Generator(g) => g.is_iterator(),
            Value::Iter(_) => true,
            Value::Native(n) => n.is_iterator(),
            Value::Instance(_) => self.lookup_method(&it, "__next__").is_some(),
            _ => false,
        };
        if !iterator {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "__await__() returned non-iterator of type '{}'",
                    it.type_name()
                ),
            ));
        }
        Ok(it)
    }

    /// `async for`'s `aiter(v)`.
    fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        if matches!(&v, Value::Generator(g) if g.kind.get() == GenKind::AsyncGenerator) {
            return Ok(v);
        }
        let Some(m) = self.lookup_method(&v, "__aiter__") else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    v.type_name()
                ),
            ));
        };
        let it = self.call(&m, vec![], vec![])?;
        let is_async_gen =
            matches!(&it, Value::Generator(g) if g.kind.get() == GenKind::AsyncGenerator);
        if !is_async_gen && self.lookup_method(&it, "__anext__").is_none() {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "'async for' received an object from __aiter__ that does not implement \
                     __anext__: {}",
                    it.type_name()
                ),
            ));
        }
        Ok(it)
    }

    /// `async for`'s step: the awaitable of `aiter.__anext__()`.
    fn get_anext(&mut self, aiter: Value) -> PyResult<Value> {
        if let Value::Generator(g) = &aiter {
            if g.kind.get() == GenKind::AsyncGenerator {
                return Ok(AsyncGenAwaitable::asend(g.clone(), Value::None));
            }
        }
        let Some(m) = self.lookup_method(&aiter, "__anext__") else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    aiter.type_name()
                ),
            ));
        };
        let next = self.call(&m, vec![], vec![])?;
        self.get_awaitable(next.clone(), 0)
            .map_err(|e| match e.matches(ExcKind::TypeError) {
                true => PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'async for' received an invalid object from __anext__: {}",
                        next.type_name()
                    ),
                ),
                false => e,
            })
    }

    /// `BeforeAsyncWith`: `[mgr] -> [aexit, aenter()]`.
    fn before_async_with(&mut self) -> PyResult<()> {
        let mgr = self.stack().pop().expect("operand");
        let missing = |what: &str| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "'{}' object does not support the asynchronous context manager \
                     protocol{what}",
                    mgr.type_name()
                ),
            )
        };
        let enter = self
            .lookup_method(&mgr, "__aenter__")
            .ok_or_else(|| missing(""))?;
        let exit = self
            .lookup_method(&mgr, "__aexit__")
            .ok_or_else(|| missing(" (missed __aexit__ method)"))?;
        let r = self.call(&enter, vec![], vec![])?;
        self.stack().push(exit);
        self.stack().push(r);
        Ok(())
    }

    /// `GetYieldFromIter` of a value that is not a plain generator: a coroutine only
    /// inside a `types.coroutine` generator, an async generator never.
    pub(super) fn yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        let Value::Generator(g) = &v else {
            return self.get_iter(v);
        };
        let inside_iterable_coroutine = self
            .frames
            .last()
            .and_then(|f| f.gen.as_ref())
            .is_some_and(|me| me.kind.get() == GenKind::IterableCoroutine);
        match g.kind.get() {
            GenKind::Coroutine if inside_iterable_coroutine => Ok(v),
            GenKind::Coroutine => Err(PyErr::new(
                ExcKind::TypeError,
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            )),
            _ => self.get_iter(v),
        }
    }

    /// The generator attribute that answers `name` on `g`: a coroutine's `cr_*` and an
    /// async generator's `ag_*` are a generator's `gi_*` (`cr_await` is
    /// `gi_yieldfrom`), and they have no `gi_*`; None when `g` has no such attribute.
    pub(super) fn generator_attr_name<'n>(g: &Generator, name: &'n str) -> Option<&'n str> {
        let prefix = match g.kind.get() {
            GenKind::Generator | GenKind::IterableCoroutine => return Some(name),
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        };
        if name.starts_with("__") {
            return Some(name);
        }
        Some(match name.strip_prefix(prefix)? {
            "await" => "gi_yieldfrom",
            "frame" => "gi_frame",
            "running" => "gi_running",
            "code" => "gi_code",
            "suspended" => "gi_suspended",
            _ => return None,
        })
    }

    /// Prints CPython's RuntimeWarning for each coroutine dropped before it was ever
    /// resumed, at the place running now.
    pub(super) fn warn_never_awaited(&mut self) {
        for name in take_never_awaited() {
            let (place, line) = match self.frames.last() {
                Some(f) => {
                    let line = f.line();
                    let text = f.code.source.line_text(line).trim().to_string();
                    (format!("{}:{line}: ", f.code.source.name), text)
                }
                None => ("sys:1: ".to_string(), String::new()),
            };
            let shown = match line.is_empty() {
                true => String::new(),
                false => format!("  {line}\n"),
            };
            super::output::write_stderr(&format!(
                "{place}RuntimeWarning: coroutine '{name}' was never awaited\n{shown}\
                 RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
            ));
        }
    }
}

/// The data attributes of a generator object of `kind`, for `dir()` (each resolves
/// through [`Vm::generator_attr_name`]).
pub fn data_attribute_names(kind: GenKind) -> &'static [&'static str] {
    match kind {
        GenKind::Generator | GenKind::IterableCoroutine => &[
            "gi_code",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
            "__name__",
            "__qualname__",
        ],
        GenKind::Coroutine => &[
            "cr_await",
            "cr_code",
            "cr_frame",
            "cr_running",
            "cr_suspended",
            "__name__",
            "__qualname__",
        ],
        GenKind::AsyncGenerator => &[
            "ag_await",
            "ag_code",
            "ag_frame",
            "ag_running",
            "ag_suspended",
            "__name__",
            "__qualname__",
        ],
    }
}

/// The generator object of a value, if it is an async generator.
pub fn async_generator(v: &Value) -> Option<&Rc<Generator>> {
    match v {
        Value::Generator(g) if g.kind.get() == GenKind::AsyncGenerator => Some(g),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    //! The attributes of coroutines and async generators.

    use super::data_attribute_names;
    use crate::objects::{Globals, NameKeys, Value};

    /// checks that every `cr_*`/`ag_*` name `dir()` lists resolves, and that a
    /// coroutine has no `gi_*` attributes.
    #[test]
    fn listed_coroutine_attributes_resolve() {
        let mut vm = crate::build_vm(vec![], crate::vm::output::Output::captured());
        let src = "async def c():\n    pass\nasync def a():\n    yield 1\nco = c()\nag = a()\n";
        let code = crate::compile::compile_source(src, "<test>", crate::compile::Mode::Exec)
            .expect("compiles");
        let globals = Globals::default();
        vm.run_module(code, globals.clone()).expect("runs");
        for name in ["co", "ag"] {
            let v = globals.borrow().get_name(name).cloned().expect("defined");
            let Value::Generator(g) = &v else {
                panic!("{name} is not a generator object")
            };
            for attr in data_attribute_names(g.kind.get()) {
                assert!(vm.get_attr(&v, attr).is_ok(), "{name} has no {attr}");
            }
            assert!(vm.get_attr(&v, "gi_frame").is_err(), "{name} has gi_frame");
        }
    }
}
