//! Generators: an object that owns its suspended frame, and the one resume path
//! (`Vm::resume`) that `next()`, `send()`, `throw()`, `close()`, `for` and `yield from`
//! all use (DESIGN.md §4; boa's `GeneratorState` + `mem::replace`; CPython's
//! `gen_send_ex2`, `_gen_throw` and `gen_close`).
//!
//! Resuming moves the frame from the generator onto the VM's frame stack and returns;
//! the run loop then executes it. Nothing here recurses in Rust, so a `yield from`
//! chain of any depth resumes in a loop.

use std::rc::Rc;

use super::Vm;
use crate::objects::code::Op;
use crate::objects::frame::{Deliver, Frame, Outcome};
use crate::objects::generator::{has_pending_close, take_pending_close, GenState, Generator};
use crate::objects::{ExcKind, PyErr, PyResult, Value};

/// How to resume a generator.
#[derive(Debug)]
pub enum Resume {
    /// `next()` / `send(v)`.
    Send(Value),
    /// `throw(exc)`.
    Throw(PyErr),
    /// `close()`.
    Close,
}

fn ignored_exit() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "generator ignored GeneratorExit")
}

impl Vm {
    /// Resumes `gen`, delivering its outcome as `deliver` says.
    ///
    /// Returns `Ok(None)` when a frame was pushed (the run loop goes on with it),
    /// `Ok(Some(outcome))` when the outcome is known without running anything (e.g. a
    /// finished generator), and `Err(e)` for an exception to raise in the frame now on
    /// top. Misuse errors (already executing; non-None sent to a just-started
    /// generator) push nothing, so they raise in the caller and leave the generator as
    /// it was; an error inside the body ends the generator.
    pub fn resume(
        &mut self,
        gen: &Rc<Generator>,
        how: Resume,
        deliver: Deliver,
    ) -> PyResult<Option<Outcome>> {
        let state = gen.state.replace(GenState::Running);
        let mut frame = match state {
            GenState::Running => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "generator already executing",
                ));
            }
            GenState::Closed => {
                *gen.state.borrow_mut() = GenState::Closed;
                return match how {
                    Resume::Send(_) => Ok(Some(Outcome::Returned(Value::None))),
                    Resume::Throw(e) => Err(e),
                    Resume::Close => Ok(Some(Outcome::Returned(Value::None))),
                };
            }
            GenState::Created(frame) => match how {
                Resume::Send(v) if !matches!(v, Value::None) => {
                    *gen.state.borrow_mut() = GenState::Created(frame);
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        "can't send non-None value to a just-started generator",
                    ));
                }
                Resume::Close => {
                    *gen.state.borrow_mut() = GenState::Closed;
                    return Ok(Some(Outcome::Returned(Value::None)));
                }
                Resume::Throw(e) => {
                    // Nothing has run yet, so no handler in the body can see it; it
                    // still leaves a generator body, so PEP 479 applies.
                    *gen.state.borrow_mut() = GenState::Closed;
                    if e.matches(ExcKind::StopIteration) {
                        return Err(super::unwind::pep479(e));
                    }
                    return Err(e);
                }
                _ => frame,
            },
            GenState::Suspended(frame) => frame,
        };
        let started = frame.ip > 0;
        frame.gen = Some(gen.clone());
        match how {
            Resume::Send(v) => {
                if started {
                    if let Op::YieldValue(2) = frame.code.ops[frame.ip - 1] {
                        // A `yield` statement: the sent value is discarded.
                        frame.ip += 1;
                    } else {
                        frame.stack.push(v);
                    }
                }
                frame.deliver = deliver;
                self.push_frame(frame)?;
                Ok(None)
            }
            Resume::Throw(e) => self.throw_into(frame, e, deliver),
            Resume::Close => {
                let exit = PyErr::bare(ExcKind::GeneratorExit);
                let deliver = match deliver {
                    Deliver::Native => Deliver::Native,
                    _ => Deliver::Close,
                };
                self.throw_into(frame, exit, deliver)
            }
        }
    }

    /// Throws `exc` into a frame taken out of its generator, first walking down the
    /// `yield from` chain (iteratively) so the innermost delegate receives it. A
    /// GeneratorExit closes each delegate before it is raised in the parent (PEP 380).
    fn throw_into(
        &mut self,
        mut frame: Box<Frame>,
        exc: PyErr,
        deliver: Deliver,
    ) -> PyResult<Option<Outcome>> {
        frame.deliver = deliver;
        loop {
            if !frame.is_delegating() {
                self.push_frame(frame)?;
                return Err(exc);
            }
            let sub = frame.stack.last().cloned().unwrap_or_default();
            let closing = exc.matches(ExcKind::GeneratorExit);
            // Back to the `YieldValue(1)`: a value the delegate yields is re-yielded, a
            // value it returns finishes the `Send` just before.
            frame.ip -= 1;
            self.push_frame(frame)?;
            let Value::Generator(sub_gen) = sub else {
                return self.throw_into_iterator(sub, exc, closing);
            };
            let state = sub_gen.state.replace(GenState::Running);
            let mut sub_frame = match state {
                GenState::Suspended(f) => f,
                GenState::Running => {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        "generator already executing",
                    ));
                }
                other => {
                    // A delegate that is not suspended has nothing to close or throw into.
                    *sub_gen.state.borrow_mut() = match other {
                        GenState::Created(_) if closing => GenState::Closed,
                        o => o,
                    };
                    return Err(exc);
                }
            };
            sub_frame.gen = Some(sub_gen.clone());
            sub_frame.deliver = if closing {
                Deliver::CloseDelegate(exc.clone())
            } else {
                Deliver::YieldFrom
            };
            frame = sub_frame;
        }
    }

    /// `throw`/`close` reaching a `yield from` over a non-generator iterator: call its
    /// `close()`/`throw()` if it has one (CPython `_gen_throw`), else raise in the parent.
    fn throw_into_iterator(
        &mut self,
        sub: Value,
        exc: PyErr,
        closing: bool,
    ) -> PyResult<Option<Outcome>> {
        let method = if closing { "close" } else { "throw" };
        let Some(m) = self.lookup_method(&sub, method) else {
            return Err(exc);
        };
        if closing {
            self.call(&m, vec![], vec![])?;
            return Err(exc);
        }
        match self.call(&m, vec![exc.value()], vec![]) {
            Ok(v) => {
                // The delegate yielded: the parent yields it again.
                self.frames.last_mut().expect("parent frame").stack.push(v);
                Ok(None)
            }
            Err(e) if e.matches(ExcKind::StopIteration) => {
                let r = e.stop_value();
                self.deliver(Deliver::YieldFrom, Outcome::Returned(r))
                    .map(|_| None)
            }
            Err(e) => Err(e),
        }
    }

    /// Hands `outcome` to the frame now on top (the one that resumed or called the
    /// finished frame), as `deliver` says. `Ok(Some(..))` goes back to Rust.
    pub(super) fn deliver(
        &mut self,
        deliver: Deliver,
        outcome: Outcome,
    ) -> PyResult<Option<Outcome>> {
        use crate::objects::code::Op;
        if let Deliver::Native = deliver {
            return Ok(Some(outcome));
        }
        let caller = self.frames.last_mut().expect("caller frame");
        match (deliver, outcome) {
            (Deliver::Call | Deliver::ForIterCall, Outcome::Returned(v) | Outcome::Yielded(v)) => {
                caller.stack.push(v)
            }
            (Deliver::Init(inst), Outcome::Returned(v)) => {
                if !matches!(v, Value::None) {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("__init__() should return None, not '{}'", v.type_name()),
                    ));
                }
                caller.stack.push(inst);
            }
            (
                Deliver::Next | Deliver::NextDefault(_) | Deliver::ForIter | Deliver::YieldFrom,
                Outcome::Yielded(v),
            ) => caller.stack.push(v),
            (Deliver::Next, Outcome::Returned(v)) => return Err(PyErr::stop_iteration(v)),
            (Deliver::NextDefault(d), Outcome::Returned(_)) => caller.stack.push(d),
            (Deliver::ForIter, Outcome::Returned(_)) => {
                caller.stack.pop();
                if let Op::ForIter(t) = caller.code.ops[caller.ip - 1] {
                    caller.ip = t as usize;
                }
            }
            (Deliver::YieldFrom, Outcome::Returned(r)) => {
                caller.stack.pop();
                caller.stack.push(r);
                if let Op::Send(t) = caller.code.ops[caller.ip - 1] {
                    caller.ip = t as usize;
                }
            }
            (Deliver::CloseDelegate(_) | Deliver::Close, Outcome::Yielded(_)) => {
                return Err(ignored_exit())
            }
            (Deliver::CloseDelegate(exc), Outcome::Returned(_)) => return Err(exc),
            (Deliver::Close, Outcome::Returned(_)) => caller.stack.push(Value::None),
            (Deliver::Init(_), Outcome::Yielded(_)) | (Deliver::Native, _) => {
                unreachable!("not a generator delivery")
            }
        }
        Ok(None)
    }

    /// What an exception escaping a frame becomes for the frame that resumed it: `Ok`
    /// when the exception means success (a close that ended the generator).
    pub(super) fn deliver_error(&mut self, deliver: &Deliver, err: PyErr) -> Result<(), PyErr> {
        let exit_like = err.matches(ExcKind::GeneratorExit) || err.matches(ExcKind::StopIteration);
        match deliver {
            Deliver::Close if exit_like => {
                self.frames
                    .last_mut()
                    .expect("caller")
                    .stack
                    .push(Value::None);
                Ok(())
            }
            Deliver::CloseDelegate(exc) if exit_like => Err(exc.clone()),
            Deliver::ForIterCall if err.matches(ExcKind::StopIteration) => {
                let caller = self.frames.last_mut().expect("caller");
                caller.stack.pop();
                if let crate::objects::code::Op::ForIter(t) = caller.code.ops[caller.ip - 1] {
                    caller.ip = t as usize;
                }
                Ok(())
            }
            _ => Err(err),
        }
    }

    /// Resumes a generator from Rust code and runs it until it yields or returns.
    pub fn resume_nested(&mut self, gen: &Rc<Generator>, how: Resume) -> PyResult<Outcome> {
        let base = self.frames.len();
        let closing = matches!(how, Resume::Close);
        let result = match self.resume(gen, how, Deliver::Native) {
            Ok(Some(out)) => return Ok(out),
            Ok(None) => self.run_nested(base),
            Err(e) if self.frames.len() == base => return Err(e),
            Err(e) => self.run_nested_with_error(base, e),
        };
        if !closing {
            return result;
        }
        match result {
            Ok(Outcome::Yielded(_)) => Err(ignored_exit()),
            Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => {
                Ok(Outcome::Returned(Value::None))
            }
            other => other,
        }
    }

    /// `next(gen)` from Rust: `Ok(None)` when the generator is exhausted.
    pub fn gen_next(&mut self, gen: &Rc<Generator>) -> PyResult<Option<Value>> {
        match self.resume_nested(gen, Resume::Send(Value::None))? {
            Outcome::Yielded(v) => Ok(Some(v)),
            Outcome::Returned(_) => Ok(None),
        }
    }

    /// Closes every generator whose last reference went away since the last check,
    /// printing (not raising) any exception, as CPython's finalizer does.
    pub fn close_pending(&mut self) {
        while has_pending_close() {
            for g in take_pending_close() {
                if let Err(e) = self.resume_nested(&g, Resume::Close) {
                    let what = format!(
                        "<generator object {} at {:#x}>",
                        g.qualname.borrow(),
                        Rc::as_ptr(&g) as usize
                    );
                    self.print_unraisable(&what, &e);
                }
            }
        }
    }
}
