//! Raising and unwinding: the exception table lookup, traceback entries, `__context__`
//! and `__cause__`, PEP 479, and `except` matching (see docs/architecture.md). The
//! text of a traceback is the front end's (`diag::traceback`).

use std::rc::Rc;

use super::Vm;
use crate::objects::exc::TbEntry;
use crate::objects::frame::{Deliver, Frame};
use crate::objects::generator::GenKind;
use crate::objects::{ExcKind, PyErr, PyResult, Value};

impl Vm {
    /// Unwinds from the top frame: jumps to a handler if one covers the failing op,
    /// else ends the frame and continues in whoever resumed it. Returns `Err` when the
    /// exception leaves the nested run loop (a `Deliver::Native` frame ended).
    pub(super) fn unwind(&mut self, mut err: PyErr, mut fresh: bool) -> PyResult<()> {
        if fresh {
            self.set_context(&err);
        }
        loop {
            let frame = self.frames.last_mut().expect("frame to unwind");
            if fresh {
                let span = frame
                    .code
                    .spans
                    .get(frame.current_op())
                    .copied()
                    .unwrap_or_default();
                err.data_mut().traceback.push(TbEntry {
                    code: frame.code.clone(),
                    span,
                    keep_alive: Vec::new(),
                });
            }
            fresh = true;
            if frame.ip > 0 {
                if let Some(h) = frame.code.handler_for(frame.current_op()) {
                    frame.stack.truncate(h.depth as usize);
                    frame.stack.push(err.value());
                    frame.ip = h.target as usize;
                    return Ok(());
                }
            }
            let mut frame = self.frames.pop().expect("frame");
            let deliver = match std::mem::replace(&mut frame.deliver, Deliver::Call) {
                Deliver::Observed => {
                    let (deliver, e) = self.observed_raise(frame, err);
                    err = e;
                    deliver
                }
                d => {
                    err = self.end_raised_frame(frame, err);
                    d
                }
            };
            if let Deliver::Native = deliver {
                return Err(err);
            }
            match self.deliver_error(&deliver, err) {
                Ok(()) => return Ok(()),
                Err(e) => err = e,
            }
        }
    }

    /// Ends a frame (just popped) that `err` leaves: its frame object and the
    /// traceback keep its locals, its generator is finished (PEP 479 turning a
    /// StopIteration into RuntimeError), and the frame is recycled. Returns the
    /// exception that goes on.
    #[inline(always)]
    pub(super) fn end_raised_frame(&mut self, mut frame: Box<Frame>, mut err: PyErr) -> PyErr {
        if frame.obj.is_some() {
            // Before the traceback takes the locals: the frame object keeps them.
            self.end_frame_object(&mut frame);
        }
        if let Some(tb) = err.data_mut().traceback.last_mut() {
            tb.keep_alive.append(&mut frame.locals);
            tb.keep_alive.extend(frame.cells.drain(..).map(Value::Cell));
        }
        if let Some(kind) = frame.end_generator() {
            err = pep479_for(kind, err);
        }
        self.recycle(frame);
        err
    }

    /// The exception being handled by the innermost frame handling one.
    pub fn current_handled(&self) -> Option<PyErr> {
        self.frames.iter().rev().find_map(|f| f.handled.clone())
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn set_context(&self, err: &PyErr) {
        if err.data().context.is_some() {
            return;
        }
        if let Some(h) = self.current_handled() {
            if !Rc::ptr_eq(&h.0, &err.0) {
                err.data_mut().context = Some(h.value());
            }
        }
    }

    /// `raise` / `raise exc` / `raise exc from cause`.
    pub(super) fn raise_op(&mut self, n: u32) -> (PyErr, bool) {
        let r: PyResult<PyErr> = (|| {
            if n == 0 {
                return self.current_handled().ok_or_else(|| {
                    PyErr::new(ExcKind::RuntimeError, "No active exception to reraise")
                });
            }
            let frame = self.frames.last_mut().expect("frame");
            let cause = if n == 2 { frame.stack.pop() } else { None };
            let exc = frame.stack.pop().expect("exception");
            let err = self.make_exception(exc)?;
            if let Some(c) = cause {
                let cause = match c {
                    Value::None => None,
                    other => Some(self.make_exception(other)?.value()),
                };
                let mut d = err.data_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
            Ok(err)
        })();
        match r {
            Ok(e) if n == 0 => (e, false),
            Ok(e) | Err(e) => (e, true),
        }
    }

    /// The exception `raise v` raises: an instance as is, a class instantiated.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Class(c) if c.exc_kind.is_some() => self.new_exception_instance(c, vec![]),
            _ => PyErr::from_value(&v).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    "exceptions must derive from BaseException",
                )
            }),
        }
    }

    /// `except typ:` matching (a class or a tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let Value::Instance(inst) = exc else {
            return Ok(false);
        };
        match typ {
            Value::Class(c) if c.exc_kind.is_some() => Ok(inst.class.is_subclass(c)),
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}

/// PEP 479: a StopIteration escaping a generator body becomes a RuntimeError.
/// PEP 479 for an exception leaving a generator body of `kind`: a StopIteration
/// (and, from an async generator, a StopAsyncIteration) becomes a RuntimeError.
fn pep479_for(kind: GenKind, err: PyErr) -> PyErr {
    let stop = match () {
        _ if err.matches(ExcKind::StopIteration) => "StopIteration",
        _ if kind == GenKind::AsyncGenerator && err.matches(ExcKind::StopAsyncIteration) => {
            "StopAsyncIteration"
        }
        _ => return err,
    };
    let what = match kind {
        GenKind::Generator | GenKind::IterableCoroutine => return pep479(err),
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    };
    replaced_by(err, format!("{what} raised {stop}"))
}

pub(super) fn pep479(err: PyErr) -> PyErr {
    replaced_by(err, "generator raised StopIteration".into())
}

/// A RuntimeError saying `message`, caused by `err`.
fn replaced_by(err: PyErr, message: String) -> PyErr {
    let new = PyErr::new(ExcKind::RuntimeError, message);
    {
        let mut d = new.data_mut();
        d.cause = Some(err.value());
        d.context = Some(err.value());
        d.suppress_context = true;
    }
    new
}
