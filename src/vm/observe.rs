//! The generator observer: the interface through which a teaching view (`genpy
//! trace`, the REPL's `:trace`) watches every generator's life without the VM knowing
//! any view. The VM calls [`GenObserver::event`] at each step of a generator's life:
//! created, resumed (and by what), yielded, returned, raised, closed, finalized.
//!
//! With no observer installed this costs one `is_some()` test per generator resume
//! and creation and nothing per yield or return: an observed resume marks the frame's
//! delivery [`Deliver::Observed`] and keeps the real one in the VM's list of observed
//! runs; the yield's fast path does not take that variant and the slower return and
//! unwind paths look the real delivery up, reporting the event. A generator's serial
//! number is given by the observer when it first sees it; only a numbered one queues
//! a `Finalized` event when dropped. See docs/architecture.md.

use std::rc::Rc;

use super::generator::Resume;
use super::Vm;
use crate::objects::frame::{Deliver, Frame};
use crate::objects::generator::Generator;
use crate::objects::{PyErr, Value};

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

/// A generator run an observer watches: the generator (by address) and the delivery
/// its frame's [`Deliver::Observed`] stands for.
#[derive(Debug)]
pub(super) struct ObservedRun {
    gen: *const Generator,
    deliver: Deliver,
}

impl Vm {
    /// Installs (or with None removes) the generator observer.
    pub fn set_observer(&mut self, observer: Option<Box<dyn GenObserver>>) {
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
            gen: Rc::as_ptr(gen),
            deliver,
        });
        frame.deliver = Deliver::Observed;
    }

    /// Takes the delivery an observed run of `gen` stands for (its latest run: an
    /// entry left by a run that never ended, refused at the recursion limit, is older).
    fn take_observed_delivery(&mut self, gen: &Rc<Generator>) -> Deliver {
        let gen = Rc::as_ptr(gen);
        let at = self
            .observed_runs
            .iter()
            .rposition(|run| run.gen == gen)
            .expect("an observed run of the generator");
        self.observed_runs.remove(at).deliver
    }

    /// Splits the delivery taken from a finished generator frame (`deliver`, of
    /// `frame`): the delivery to make, and for an observed run, the generator and the
    /// line its end is to be reported with.
    #[inline]
    pub(super) fn unwrap_observed(
        &mut self,
        deliver: Deliver,
        frame: &Frame,
    ) -> (Deliver, Option<(Rc<Generator>, usize)>) {
        match deliver {
            Deliver::Observed => self.end_observed_run(frame),
            d => (d, None),
        }
    }

    #[cold]
    #[inline(never)]
    fn end_observed_run(&mut self, frame: &Frame) -> (Deliver, Option<(Rc<Generator>, usize)>) {
        let gen = frame.gen.clone().expect("an observed frame runs a generator");
        let deliver = self.take_observed_delivery(&gen);
        (deliver, Some((gen, frame.line())))
    }

    /// Reports the yield of `value` by `gen` to the observer that watched its resume,
    /// returning the delivery the yield then takes.
    #[cold]
    #[inline(never)]
    pub(super) fn observed_yield(&mut self, gen: Rc<Generator>, value: &Value) -> Deliver {
        let deliver = self.take_observed_delivery(&gen);
        let value = value.clone();
        self.notify(GenEvent::Yielded { gen, value });
        deliver
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
