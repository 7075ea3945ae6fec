//! Native consumers of iterables (`sum`, `any`, `all`, and everything built on
//! `Vm::collect`: `list`, `tuple`, `sorted`, `min`, `max`, `str.join`, ...): a [`Sink`] takes the items one by one.
//!
//! Over a generator, the consumer does not resume it once per item from Rust (a
//! nested run loop entered and left for every item). It resumes it once, and while
//! the generator runs, each `yield` hands its value straight to the sink
//! (`Vm::absorb_yield`, called by the `YieldValue` op) and the generator goes on
//! with the next op, its frame never leaving the frame stack. Only an item the sink
//! cannot take without running Python code (a user `__add__`, a `__bool__`) suspends the generator as an ordinary yield does; the
//! consumer then handles it with the generator suspended, as CPython would, and
//! resumes it again.
//! A generator run that an observer watches delivers `Deliver::Observed`, not
//! `Native`, so none of its yields is absorbed: each is an ordinary one, reported.

use std::rc::Rc;

use super::generator::Resume;
use super::Vm;
use crate::objects::frame::{Deliver, Outcome};
use crate::objects::generator::Generator;
use crate::objects::operator::BinOp;
use crate::objects::{PyResult, Value};

/// What a native consumer does with the items it is given.
#[derive(Debug, Default)]
pub enum Sink {
    /// `sum`: the running total.
    Sum(Value),
    /// Collects every item, in order (`list(it)`, `Vm::collect`).
    #[default]
    Items,
    /// `any` (`want` true) and `all` (`want` false): stops at the first item whose
    /// truth is `want`, setting `found`.
    Truth {
        /// The truth value that ends the scan.
        want: bool,
        /// Whether an item with that truth value was seen.
        found: bool,
    },
}

/// A sink with the items a `Sink::Items` collects (kept outside the enum so that
/// the hot push needs no match).
#[derive(Debug, Default)]
pub struct Consumer {
    /// What is done with the items.
    pub sink: Sink,
    /// The items, for `Sink::Items`.
    pub items: Vec<Value>,
}

/// A generator being consumed: the sink its yields go to while it runs.
#[derive(Debug)]
pub(super) struct Consuming {
    gen: Rc<Generator>,
    /// The length of the frame stack while the generator's frame is on top.
    depth: usize,
    /// False while the consumer handles an item itself (the generator suspended).
    active: bool,
    consumer: Consumer,
}

impl Consumer {
    /// A consumer doing `sink`.
    pub fn new(sink: Sink) -> Consumer {
        Consumer {
            sink,
            items: Vec::new(),
        }
    }

    /// Takes `v` if that needs no Python code; gives it back otherwise.
    #[inline]
    fn absorb(&mut self, v: Value) -> Result<(), Value> {
        match &mut self.sink {
            Sink::Items => {
                self.items.push(v);
                Ok(())
            }
            Sink::Sum(total) => match super::ops::int_fast(BinOp::Add, total, &v) {
                Some(r) => {
                    *total = r;
                    Ok(())
                }
                None => Err(v),
            },
            Sink::Truth { want, .. } => match v.truthy_fast() {
                Some(t) if t != *want => Ok(()),
                _ => Err(v),
            },
        }
    }

    /// Takes `v` with the VM at hand (Python code may run); false when the consumer
    /// wants no more items.
    fn take(&mut self, vm: &mut Vm, v: Value) -> PyResult<bool> {
        let v = match self.absorb(v) {
            Ok(()) => return Ok(true),
            Err(v) => v,
        };
        match &mut self.sink {
            Sink::Sum(total) => {
                *total = vm.binary_op(BinOp::Add, total, &v)?;
                Ok(true)
            }
            Sink::Truth { want, found } => {
                if vm.truthy(&v)? == *want {
                    *found = true;
                    return Ok(false);
                }
                Ok(true)
            }
            Sink::Items => unreachable!("a list takes every item"),
        }
    }
}

impl Vm {
    /// Feeds every item of the iterator `it` to `consumer` (until it wants no more)
    /// and gives the consumer back.
    pub fn consume(&mut self, it: &Value, mut consumer: Consumer) -> PyResult<Consumer> {
        if let Value::Generator(g) = it {
            return self.consume_generator(g, consumer);
        }
        while let Some(v) = self.iter_next(it)? {
            if !consumer.take(self, v)? {
                break;
            }
        }
        Ok(consumer)
    }

    /// [`Vm::consume`] of a generator: resumed once, its yields go to the consumer
    /// while it runs, until an item needs the consumer's slow path.
    fn consume_generator(&mut self, g: &Rc<Generator>, consumer: Consumer) -> PyResult<Consumer> {
        self.consumers.push(Consuming {
            gen: g.clone(),
            depth: self.frames.len() + 1,
            active: false,
            consumer,
        });
        let r = self.drive_consumed(g);
        let done = self.consumers.pop().expect("the consumer pushed above");
        r.map(|()| done.consumer)
    }

    fn drive_consumed(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        loop {
            self.consuming().active = true;
            let out = self.resume_nested(g, Resume::Send(Value::None));
            let top = self.consuming();
            top.active = false;
            let v = match out? {
                Outcome::Returned(_) => return Ok(()),
                Outcome::Yielded(v) => v,
            };
            let mut consumer = std::mem::take(&mut top.consumer);
            let go = consumer.take(self, v);
            self.consuming().consumer = consumer;
            if !go? {
                return Ok(());
            }
        }
    }

    fn consuming(&mut self) -> &mut Consuming {
        self.consumers
            .last_mut()
            .expect("a generator being consumed")
    }

    /// The `YieldValue` op of a frame delivering to Rust: when that frame is the
    /// generator a native consumer is driving and the consumer takes `v` without
    /// Python code, the frame goes on as if resumed with None (true); otherwise `v`
    /// is given back for an ordinary yield.
    #[inline]
    pub(super) fn absorb_yield(&mut self, v: Value) -> Result<(), Value> {
        let Some(c) = self.consumers.last_mut() else {
            return Err(v);
        };
        let depth = self.frames.len();
        let frame = self.frames.last_mut().expect("the yielding frame");
        let ours = c.active
            && depth == c.depth
            && matches!(frame.deliver, Deliver::Native)
            && frame.gen.as_ref().is_some_and(|g| Rc::ptr_eq(g, &c.gen));
        if !ours {
            return Err(v);
        }
        c.consumer.absorb(v)?;
        frame.receive(Value::None);
        Ok(())
    }
}
