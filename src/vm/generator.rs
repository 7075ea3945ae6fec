//! Generators: an object that owns its suspended frame, and the one resume path
//! (`Vm::resume`) that `next()`, `send()`, `throw()`, `close()`, `for` and `yield from`
//! all use, with one state machine (`take_to_run`) deciding what a resume does from
//! the generator's state (see docs/architecture.md).
//!
//! Resuming moves the frame from the generator onto the VM's frame stack and returns;
//! the run loop then executes it. Nothing here recurses in Rust, so a `yield from`
//! chain of any depth resumes in a loop.

use std::rc::Rc;

use super::observe::GenEvent;
use super::Vm;
use crate::objects::frame::{Deliver, Frame, Outcome};
use crate::objects::generator::{
    has_pending_close, take_pending_close, GenKind, GenState, Generator,
};
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

/// What closing a generator came to, from how its frame ended: a yield means it
/// ignored GeneratorExit; a return, GeneratorExit or StopIteration means it closed.
fn close_result(ended: PyResult<Outcome>) -> PyResult<()> {
    match ended {
        Ok(Outcome::Yielded(_)) => Err(ignored_exit()),
        Ok(Outcome::Returned(_)) => Ok(()),
        Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => Ok(()),
        Err(e) => Err(e),
    }
}

impl Vm {
    /// Resumes `gen`, delivering its outcome as `deliver` says.
    ///
    /// Returns `Ok(None)` when a frame was pushed or the outcome was delivered to the
    /// frame on top (the run loop goes on), `Ok(Some(outcome))` for a `Deliver::Native`
    /// outcome known without running anything (e.g. a finished generator), and `Err(e)`
    /// for an exception to raise in the frame now on top. Misuse errors (already
    /// executing; non-None sent to a just-started generator) leave the generator as it
    /// was; an error inside the body, or a resume refused at the recursion limit, ends it.
    pub fn resume(
        &mut self,
        gen: &Rc<Generator>,
        how: Resume,
        deliver: Deliver,
    ) -> PyResult<Option<Outcome>> {
        let mut frame = match self.take_to_run(gen, &how, deliver) {
            Ok(frame) => frame,
            Err(done) => return done,
        };
        match how {
            Resume::Send(v) => {
                frame.receive(v);
                self.push_frame(frame)?;
                Ok(None)
            }
            Resume::Throw(e) => self.throw_into(frame, e),
            Resume::Close => self.throw_into(frame, PyErr::bare(ExcKind::GeneratorExit)),
        }
    }

    /// The generator state machine: takes `gen`'s frame out to run it as `how` says,
    /// with `deliver` set and the generator Running. When the resume runs nothing, the
    /// `Err` holds what `resume` returns (the outcome delivered, or the error).
    #[inline(always)]
    fn take_to_run(
        &mut self,
        gen: &Rc<Generator>,
        how: &Resume,
        deliver: Deliver,
    ) -> Result<Box<Frame>, PyResult<Option<Outcome>>> {
        let ran_nothing = match (gen.take_for_resume(), how) {
            (GenState::Suspended(mut frame), _)
            | (GenState::Created(mut frame), Resume::Send(Value::None)) => {
                frame.gen = Some(gen.clone());
                frame.deliver = deliver;
                if self.observer.is_some() {
                    self.observe_resume(gen, how, &mut frame);
                }
                return Ok(frame);
            }
            (GenState::Running, _) => {
                return Err(Err(PyErr::new(
                    ExcKind::ValueError,
                    "generator already executing",
                )))
            }
            (GenState::Created(frame), Resume::Send(_)) => {
                gen.unstart(frame);
                return Err(Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "can't send non-None value to a just-started {}",
                        gen.kind.get().type_name().replace('_', " ")
                    ),
                )));
            }
            (GenState::Created(frame), _) => {
                // Nothing has run yet, so no handler in the body can see the exception;
                // the frame is still entered, so the recursion limit applies, and the
                // exception leaves a generator body, so PEP 479 applies.
                let r = match (self.check_recursion(), how) {
                    (Err(e), _) => Err(e),
                    (Ok(()), Resume::Throw(e)) if e.matches(ExcKind::StopIteration) => {
                        Err(super::unwind::pep479(e.clone()))
                    }
                    (Ok(()), Resume::Throw(e)) => Err(e.clone()),
                    (Ok(()), _) => Ok(Outcome::Returned(Value::None)),
                };
                if self.observer.is_some() {
                    let line = frame.line();
                    match &r {
                        Err(e) => self.notify_ended_by(gen.clone(), e, line),
                        Ok(_) => self.notify(GenEvent::Closed {
                            gen: gen.clone(),
                            line,
                        }),
                    }
                }
                r
            }
            (GenState::Closed, Resume::Send(_) | Resume::Throw(_))
                if gen.kind.get() == GenKind::Coroutine =>
            {
                Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ))
            }
            (GenState::Closed, Resume::Throw(e)) => Err(e.clone()),
            (GenState::Closed, _) => Ok(Outcome::Returned(Value::None)),
        };
        gen.finish();
        Err(ran_nothing.and_then(|out| self.deliver(deliver, out)))
    }

    /// Throws `exc` into a frame taken out of its generator, first walking down the
    /// `yield from` chain (iteratively) so the innermost delegate receives it. A
    /// GeneratorExit closes each delegate before it is raised in the parent (PEP 380).
    fn throw_into(&mut self, mut frame: Box<Frame>, exc: PyErr) -> PyResult<Option<Outcome>> {
        let closing = exc.matches(ExcKind::GeneratorExit);
        loop {
            if !frame.is_delegating() {
                self.push_frame(frame)?;
                return Err(exc);
            }
            let sub = frame.stack.last().cloned().unwrap_or_default();
            // Back to the `YieldValue(1)`: a value the delegate yields is re-yielded, a
            // value it returns finishes the `Send` just before.
            frame.ip -= 1;
            self.push_frame(frame)?;
            let Value::Generator(ref sub_gen) = sub else {
                return self.throw_into_iterator(sub, exc, closing);
            };
            let (how, deliver) = if closing {
                (Resume::Close, Deliver::CloseDelegate(exc.clone()))
            } else {
                (Resume::Throw(exc.clone()), Deliver::YieldFrom)
            };
            frame = match self.take_to_run(sub_gen, &how, deliver) {
                Ok(frame) => frame,
                Err(done) => return done,
            };
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
                let parent = self.frames.last_mut().expect("parent frame");
                parent.finish_yield_from(r);
                Ok(None)
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
        if let Deliver::Native = deliver {
            return Ok(Some(outcome));
        }
        if let Deliver::Observed = deliver {
            return self.deliver_observed(outcome);
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
            (Deliver::ForIter, Outcome::Returned(_)) => caller.end_for_loop(),
            (Deliver::YieldFrom, Outcome::Returned(r)) => caller.finish_yield_from(r),
            (Deliver::Close, out) => {
                close_result(Ok(out))?;
                caller.stack.push(Value::None);
            }
            (Deliver::CloseDelegate(exc), out) => {
                close_result(Ok(out))?;
                return Err(exc);
            }
            (Deliver::Init(_), Outcome::Yielded(_)) | (Deliver::Native | Deliver::Observed, _) => {
                unreachable!("not a generator delivery")
            }
        }
        Ok(None)
    }

    /// What an exception escaping a frame becomes for the frame that resumed it: `Ok`
    /// when the exception means success (a close that ended the generator, the end of
    /// a `for` loop over an instance).
    pub(super) fn deliver_error(&mut self, deliver: &Deliver, err: PyErr) -> Result<(), PyErr> {
        let caller = self.frames.last_mut().expect("caller");
        match deliver {
            Deliver::Close => {
                close_result(Err(err))?;
                caller.stack.push(Value::None);
                Ok(())
            }
            Deliver::CloseDelegate(exc) => {
                close_result(Err(err))?;
                Err(exc.clone())
            }
            Deliver::ForIterCall if err.matches(ExcKind::StopIteration) => {
                caller.end_for_loop();
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
        close_result(result).map(|()| Outcome::Returned(Value::None))
    }

    /// `next(gen)` from Rust: `Ok(None)` when the generator is exhausted.
    pub fn gen_next(&mut self, gen: &Rc<Generator>) -> PyResult<Option<Value>> {
        match self.resume_nested(gen, Resume::Send(Value::None))? {
            Outcome::Yielded(v) => Ok(Some(v)),
            Outcome::Returned(_) => Ok(None),
        }
    }

    /// Closes every generator whose last reference went away since the last check and
    /// calls the `__del__` of every such instance, reporting (not raising) any
    /// exception through the unraisable hook, as CPython's finalizer does.
    pub fn close_pending(&mut self) {
        while has_pending_close() {
            if self.observer.is_some() {
                self.notify_finalized();
            }
            self.warn_never_awaited();
            for g in take_pending_close() {
                if !self.finalize_async_gen(&g) {
                    self.close_reporting(&g);
                }
            }
            for inst in crate::objects::gc::take_pending_del() {
                self.call_del(&inst);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! The resume state machine driven from Rust: states, misuse errors, and the
    //! recursion limit's refusal.

    use std::rc::Rc;

    use super::{Resume, Vm};
    use crate::compile::{compile_source, Mode};
    use crate::objects::frame::Outcome;
    use crate::objects::generator::Generator;
    use crate::objects::globals::globals_of;
    use crate::objects::{ExcKind, Globals, NameKeys, PyErr, Value};
    use crate::vm::output::Output;

    /// Runs `src` as `__main__` and returns the VM and the module's globals.
    fn run(src: &str) -> (Vm, Globals) {
        let mut vm = crate::build_vm(vec!["test".into()], Output::captured());
        let code = compile_source(src, "<test>", Mode::Exec).expect("compiles");
        let globals = globals_of([("__name__", Value::str("__main__"))]);
        vm.run_module(code, globals.clone())
            .expect("test source runs");
        (vm, globals)
    }

    /// The generator bound to `name` in `globals`.
    fn generator(globals: &Globals, name: &str) -> Rc<Generator> {
        match globals.borrow().get_name(name) {
            Some(Value::Generator(g)) => g.clone(),
            other => panic!("{name} is not a generator: {other:?}"),
        }
    }

    /// The string bound to `name` in `globals`, if any.
    fn global_str(globals: &Globals, name: &str) -> Option<String> {
        globals
            .borrow()
            .get_name(name)
            .and_then(|v| v.as_str().map(str::to_string))
    }

    /// The string a generator yielded.
    fn yielded_str(out: Outcome) -> String {
        match out {
            Outcome::Yielded(v) => v.as_str().unwrap_or("<not a str>").to_string(),
            Outcome::Returned(v) => panic!("returned {v:?} instead of yielding"),
        }
    }

    /// The `Type: message` of an error, for assertions.
    fn describe(vm: &mut Vm, e: &PyErr) -> String {
        let msg = vm.exception_str(e).unwrap_or_default();
        format!("{}: {msg}", e.class().name)
    }

    const STATES: &str = "import inspect\n\
        def g():\n    yield inspect.getgeneratorstate(me)\n\
        me = g()\n";

    /// checks that a generator goes Created → Running → Suspended → Closed, as seen
    /// by `status()` from Rust and by the body itself while it runs.
    #[test]
    fn states_from_created_to_closed() {
        let (mut vm, globals) = run(STATES);
        let g = generator(&globals, "me");
        assert_eq!(g.status(), "GEN_CREATED");
        let out = vm.resume_nested(&g, Resume::Send(Value::None));
        assert_eq!(
            yielded_str(out.expect("first resume yields")),
            "GEN_RUNNING"
        );
        assert_eq!(g.status(), "GEN_SUSPENDED");
        assert!(matches!(vm.gen_next(&g), Ok(None)), "second resume returns");
        assert_eq!(g.status(), "GEN_CLOSED");
        assert!(
            matches!(vm.gen_next(&g), Ok(None)),
            "a closed generator stays done"
        );
    }

    /// checks that sending a non-None value to a just-started generator is a TypeError
    /// that leaves it Created and runs nothing, so it can still be started.
    #[test]
    fn send_non_none_to_created_leaves_it_created() {
        let src = "def g():\n    global ran\n    ran = 'yes'\n    yield 'first'\nit = g()\n";
        let (mut vm, globals) = run(src);
        let g = generator(&globals, "it");
        let err = vm
            .resume_nested(&g, Resume::Send(Value::Int(1)))
            .expect_err("non-None send to a created generator fails");
        assert_eq!(
            describe(&mut vm, &err),
            "TypeError: can't send non-None value to a just-started generator"
        );
        assert_eq!(g.status(), "GEN_CREATED");
        assert_eq!(global_str(&globals, "ran"), None);
        let out = vm.resume_nested(&g, Resume::Send(Value::None));
        assert_eq!(yielded_str(out.expect("it still starts")), "first");
    }

    /// checks that a generator resuming itself gets "generator already executing",
    /// raised inside its body (where it can be caught) without ending it.
    #[test]
    fn resuming_a_running_generator_is_already_executing() {
        let src = "def g():\n    try:\n        next(me)\n    except ValueError as e:\n        yield str(e)\n    yield 'after'\nme = g()\n";
        let (mut vm, globals) = run(src);
        let g = generator(&globals, "me");
        let out = vm.resume_nested(&g, Resume::Send(Value::None));
        assert_eq!(
            yielded_str(out.expect("the body catches the error")),
            "generator already executing"
        );
        assert_eq!(g.status(), "GEN_SUSPENDED");
        let out = vm.resume_nested(&g, Resume::Send(Value::None));
        assert_eq!(yielded_str(out.expect("it goes on")), "after");
    }

    /// checks that closing a generator that never started closes it without running
    /// any of its body, not even a `finally`.
    #[test]
    fn close_of_created_runs_nothing() {
        let src = "def g():\n    global ran\n    ran = 'body'\n    try:\n        yield 1\n    finally:\n        ran = 'finally'\nit = g()\n";
        let (mut vm, globals) = run(src);
        let g = generator(&globals, "it");
        let out = vm.resume_nested(&g, Resume::Close).expect("close succeeds");
        assert!(matches!(out, Outcome::Returned(Value::None)));
        assert_eq!(g.status(), "GEN_CLOSED");
        assert_eq!(global_str(&globals, "ran"), None);
    }

    /// checks that a resume refused at the recursion limit raises RecursionError and,
    /// as in CPython 3.11, finishes the generator without running its body: the next
    /// resume is exhausted and runs nothing either.
    #[test]
    fn recursion_limit_refusal_finishes_the_generator_unrun() {
        let src = "def g():\n    global ran\n    yield 1\n    ran = 'resumed'\n    try:\n        yield 2\n    finally:\n        ran = 'finally'\nit = g()\nnext(it)\n";
        let (mut vm, globals) = run(src);
        let g = generator(&globals, "it");
        assert_eq!(g.status(), "GEN_SUSPENDED");
        let limit = vm.recursion_limit;
        vm.recursion_limit = vm.frames.len();
        let err = vm
            .resume_nested(&g, Resume::Send(Value::None))
            .expect_err("the resume is refused");
        vm.recursion_limit = limit;
        assert!(err.matches(ExcKind::RecursionError));
        assert_eq!(g.status(), "GEN_CLOSED");
        assert_eq!(global_str(&globals, "ran"), None);
        assert!(matches!(vm.gen_next(&g), Ok(None)), "then it is exhausted");
        assert_eq!(global_str(&globals, "ran"), None);
    }

    /// checks that a misuse refused before the frame is taken (already executing)
    /// leaves a suspended generator exactly as it was, value stack included.
    #[test]
    fn misuse_refusal_leaves_the_frame_untouched() {
        let src = "def g():\n    x = yield 1\n    yield x\nit = g()\nnext(it)\n";
        let (mut vm, globals) = run(src);
        let g = generator(&globals, "it");
        let saved = g.take_for_resume();
        let err = vm
            .resume_nested(&g, Resume::Send(Value::str("lost")))
            .expect_err("a running generator cannot be resumed");
        assert!(err.matches(ExcKind::ValueError));
        *g.state.borrow_mut() = saved;
        let out = vm.resume_nested(&g, Resume::Send(Value::str("kept")));
        assert_eq!(yielded_str(out.expect("resumes where it was")), "kept");
    }
}
