//! The generator observer: the interface through which a teaching view (`genpy
//! trace`, the REPL's `:trace`) watches every generator's life without the VM knowing
//! any view. The VM calls [`GenObserver::event`] at each step of a generator's life:
//! created, resumed (and by what), yielded, returned, raised, closed, finalized.
//!
//! With no observer installed this costs one `is_some()` test per generator resume
//! and creation and one per finalizer pass, and nothing in the run loop (measured
//! against a build without the call sites: benches/RESULTS.md). An observed resume
//! marks the frame's delivery [`Deliver::Observed`] and keeps the real one in the
//! VM's list of observed runs. The yield's fast path does not take that variant;
//! `Vm::deliver` (a yield's slow path), `return_op` and unwinding hand it to the cold
//! functions here, which look the real delivery up and report the event. A
//! generator's serial number is given by the observer when it first sees it; only a
//! numbered one queues a `Finalized` event when dropped. See docs/architecture.md.

use std::rc::{Rc, Weak};

use super::generator::Resume;
use super::Vm;
use crate::objects::frame::{Deliver, Frame, Outcome};
use crate::objects::generator::{take_finalized, Generator};
use crate::objects::{PyErr, PyResult, Value};

/// Where something happened: the function running and its line.
#[derive(Debug, Clone)]
pub struct Place {
    /// The function's qualified name (`<module>` at top level).
    pub func: Rc<str>,
    /// The file name, as tracebacks show it.
    pub file: Rc<str>,
    /// The line.
    pub line: usize,
}

/// What resumed a generator.
#[derive(Debug, Clone)]
pub enum ResumedBy {
    /// `next(g)` (or `g.send(None)`, `g.__next__()`).
    Next,
    /// `g.send(value)` with a value other than None.
    Send(Value),
    /// `g.throw(exc)`: the exception.
    Throw(Value),
    /// `g.close()`.
    Close,
    /// A `for` loop (or comprehension) over the generator.
    ForLoop,
    /// The generator's parent, delegating to it by `yield from` (sending this value).
    YieldFrom(Value),
    /// A built-in consuming the generator (`list()`, `sum()`, `zip()`, ...).
    Builtin,
}

/// One step of a generator's life.
#[derive(Debug)]
pub enum GenEvent {
    /// Calling a generator function made `gen`; `at` is the caller.
    Created {
        /// The new generator.
        gen: Rc<Generator>,
        /// Where it was created.
        at: Option<Place>,
    },
    /// `gen` runs again (or for the first time); `by` is the frame that resumed it.
    Resumed {
        /// The generator.
        gen: Rc<Generator>,
        /// What resumed it.
        how: ResumedBy,
        /// The frame that resumed it (for a built-in consumer, the frame calling it).
        by: Option<Place>,
        /// True when the body starts running (the first resume).
        first: bool,
    },
    /// `gen` yielded `value` and is suspended: its frame (`gen.state`) holds its
    /// locals and value stack.
    Yielded {
        /// The generator.
        gen: Rc<Generator>,
        /// The value yielded.
        value: Value,
    },
    /// `gen`'s body returned `value`: it is finished.
    Returned {
        /// The generator.
        gen: Rc<Generator>,
        /// The return value (the StopIteration's value).
        value: Value,
        /// The line of the `return` (or of the end of the body).
        line: usize,
    },
    /// An exception left `gen`'s body: it is finished.
    Raised {
        /// The generator.
        gen: Rc<Generator>,
        /// The exception instance.
        error: Value,
        /// The line the exception left the body from.
        line: usize,
    },
    /// `gen` was closed (GeneratorExit ended it, or it was closed before it started).
    Closed {
        /// The generator.
        gen: Rc<Generator>,
        /// The line it was suspended at (its first line when it had not started).
        line: usize,
    },
    /// The last reference to a generator went away (reported at the next call or
    /// return after it did).
    Finalized {
        /// The number the observer gave the generator ([`Generator::serial`]).
        serial: u32,
        /// Its `__qualname__`.
        name: Rc<str>,
        /// The frame running when it was noticed.
        at: Option<Place>,
    },
}

/// A watcher of generator events, installed with [`Vm::set_observer`]. It may read
/// the VM (reprs, frames) but its own events are not observed while it runs.
pub trait GenObserver {
    /// Called for each event, in the order they happen.
    fn event(&mut self, vm: &mut Vm, event: GenEvent);
}

/// A generator run an observer watches: the depth its frame runs at (the frame
/// stack's length before it was pushed), its generator, and the delivery its
/// frame's [`Deliver::Observed`] stands for.
#[derive(Debug)]
pub(super) struct ObservedRun {
    depth: usize,
    gen: Weak<Generator>,
    deliver: Deliver,
}

impl Vm {
    /// Installs (or with None removes) the generator observer.
    pub fn set_observer(&mut self, observer: Option<Box<dyn GenObserver>>) {
        // Generators a previous observer numbered are not this one's to report.
        take_finalized();
        self.observer = observer;
    }

    /// True when a generator observer is installed.
    pub fn has_observer(&self) -> bool {
        self.observer.is_some()
    }

    /// Takes the observer out (to inspect or replace it).
    pub fn take_observer(&mut self) -> Option<Box<dyn GenObserver>> {
        self.observer.take()
    }

    /// Where the frame on top of the stack is.
    pub fn current_place(&self) -> Option<Place> {
        self.frames.last().map(|f| Place {
            func: f.code.qualname.clone(),
            file: f.code.source.name.clone(),
            line: f.line(),
        })
    }

    /// Hands `event` to the observer (with the observer taken out meanwhile, so
    /// that what it runs is not observed).
    #[cold]
    pub(super) fn notify(&mut self, event: GenEvent) {
        if let Some(mut observer) = self.observer.take() {
            observer.event(self, event);
            if self.observer.is_none() {
                self.observer = Some(observer);
            }
        }
    }

    /// Reports the finalization of the numbered generators whose last reference went
    /// since the last report (from `close_pending`, only with an observer installed:
    /// only an observer numbers generators).
    #[cold]
    #[inline(never)]
    pub(super) fn notify_finalized(&mut self) {
        for (serial, name) in take_finalized() {
            let at = self.current_place();
            self.notify(GenEvent::Finalized { serial, name, at });
        }
    }

    /// Reports the resume of `gen` (as `how`) that is about to run `frame`, and marks
    /// the frame's delivery observed so that the end of this run is reported too.
    #[cold]
    #[inline(never)]
    pub(super) fn observe_resume(&mut self, gen: &Rc<Generator>, how: &Resume, frame: &mut Frame) {
        let deliver = std::mem::replace(&mut frame.deliver, Deliver::Call);
        let how = match (how, &deliver) {
            (Resume::Throw(e), _) => ResumedBy::Throw(e.value()),
            (Resume::Close, _) => ResumedBy::Close,
            (Resume::Send(v), Deliver::YieldFrom) => ResumedBy::YieldFrom(v.clone()),
            (Resume::Send(_), Deliver::ForIter) => ResumedBy::ForLoop,
            (Resume::Send(_), Deliver::Native) => ResumedBy::Builtin,
            (Resume::Send(Value::None), _) => ResumedBy::Next,
            (Resume::Send(v), _) => ResumedBy::Send(v.clone()),
        };
        let by = self.current_place();
        self.notify(GenEvent::Resumed {
            gen: gen.clone(),
            how,
            by,
            first: frame.ip == 0,
        });
        self.observed_runs.push(ObservedRun {
            depth: self.frames.len(),
            gen: Rc::downgrade(gen),
            deliver,
        });
        frame.deliver = Deliver::Observed;
    }

    /// Takes the observed run whose frame was just popped (it ran at the frame
    /// stack's length now). Runs recorded deeper never ran: their resume was refused
    /// at the recursion limit after it was reported.
    fn take_observed_run(&mut self) -> ObservedRun {
        let depth = self.frames.len();
        while self
            .observed_runs
            .last()
            .is_some_and(|run| run.depth > depth)
        {
            self.observed_runs.pop();
        }
        let run = self.observed_runs.pop().expect("the frame's observed run");
        debug_assert_eq!(run.depth, depth, "observed runs follow the frame stack");
        run
    }

    /// What a yield delivering [`Deliver::Observed`] does (from `Vm::deliver`):
    /// reports the yield, then delivers `outcome` as the run's own delivery says.
    #[cold]
    #[inline(never)]
    pub(super) fn deliver_observed(&mut self, outcome: Outcome) -> PyResult<Option<Outcome>> {
        let run = self.take_observed_run();
        if let (Some(gen), Outcome::Yielded(value)) = (run.gen.upgrade(), &outcome) {
            let value = value.clone();
            self.notify(GenEvent::Yielded { gen, value });
        }
        self.deliver(run.deliver, outcome)
    }

    /// Ends the frame of an observed generator run that returned `value` (marks the
    /// generator finished, recycles the frame), reports it, and gives the delivery
    /// the return then takes.
    #[cold]
    #[inline(never)]
    pub(super) fn observed_return(&mut self, mut frame: Box<Frame>, value: &Value) -> Deliver {
        let line = frame.line();
        let gen = frame
            .gen
            .clone()
            .expect("an observed frame runs a generator");
        let deliver = self.take_observed_run().deliver;
        frame.end_generator();
        self.recycle(frame);
        let value = value.clone();
        self.notify(GenEvent::Returned { gen, value, line });
        deliver
    }

    /// Ends the frame of an observed generator run that `err` leaves (as
    /// `Vm::end_raised_frame`), reports it, and gives the delivery the exception then
    /// takes, with the exception.
    #[cold]
    #[inline(never)]
    pub(super) fn observed_raise(&mut self, frame: Box<Frame>, err: PyErr) -> (Deliver, PyErr) {
        let line = frame.line();
        let gen = frame
            .gen
            .clone()
            .expect("an observed frame runs a generator");
        let deliver = self.take_observed_run().deliver;
        let err = self.end_raised_frame(frame, err);
        self.notify_ended_by(gen, &err, line);
        (deliver, err)
    }

    /// Reports the creation of `gen` by the frame on top.
    #[cold]
    #[inline(never)]
    pub(super) fn observe_created(&mut self, gen: &Rc<Generator>) {
        let at = self.current_place();
        let gen = gen.clone();
        self.notify(GenEvent::Created { gen, at });
    }

    /// The event of a generator frame ended by `err` at `line`: closed by
    /// GeneratorExit, else raised.
    #[cold]
    pub(super) fn notify_ended_by(&mut self, gen: Rc<Generator>, err: &PyErr, line: usize) {
        let event = if err.matches(crate::objects::ExcKind::GeneratorExit) {
            GenEvent::Closed { gen, line }
        } else {
            GenEvent::Raised {
                gen,
                error: err.value(),
                line,
            }
        };
        self.notify(event);
    }
}
