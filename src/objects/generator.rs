//! Generator objects: the data a generator owns (its state, which holds the suspended
//! frame) and the queue of dropped generators waiting to be closed. Coroutines and
//! async generators are generators of another [`GenKind`]. The logic of resuming them
//! lives in the VM (`vm/generator.rs`, `vm/coroutine.rs`); see docs/architecture.md.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::code::Code;
use super::frame::Frame;
use super::Value;

/// Where a generator is in its life. A finished generator holds no frame, by
/// construction; `Running` in the slot *is* "generator already executing".
#[derive(Debug)]
pub enum GenState {
    /// Created, not yet started.
    Created(Box<Frame>),
    /// Suspended at a `yield`.
    Suspended(Box<Frame>),
    /// On the frame stack now.
    Running,
    /// Returned, raised, or closed.
    Closed,
}

/// What a generator object is to Python: the generator machinery runs all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// A generator (`def` with `yield`, a generator expression).
    Generator,
    /// A generator made awaitable by `types.coroutine` (CPython's
    /// `CO_ITERABLE_COROUTINE`): still a generator, and `await` accepts it.
    IterableCoroutine,
    /// A coroutine (`async def` without `yield`).
    Coroutine,
    /// An async generator (`async def` with `yield`).
    AsyncGenerator,
}

impl GenKind {
    /// The type's name (`type(g).__name__`).
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator | GenKind::IterableCoroutine => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

/// A generator object.
#[derive(Debug)]
pub struct Generator {
    /// The state, owning the frame while not running.
    pub state: RefCell<GenState>,
    /// The generator function's code (`gi_code`).
    pub code: Rc<Code>,
    /// `__name__`.
    pub name: RefCell<Rc<str>>,
    /// `__qualname__`.
    pub qualname: RefCell<Rc<str>>,
    /// Set once the finalizer has run, so it never runs twice (CPython's rule).
    finalized: Cell<bool>,
    /// The number a generator observer gave it (0: unobserved); an observed
    /// generator's finalization is queued for the observer (see [`take_finalized`]).
    pub serial: Cell<u32>,
    /// Generator, coroutine or async generator (a generator becomes an iterable
    /// coroutine once, through `types.coroutine`).
    pub kind: Cell<GenKind>,
}

thread_local! {
    static PENDING_CLOSE: RefCell<Vec<Rc<Generator>>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
    static FINALIZED: RefCell<Vec<(u32, Rc<str>)>> = const { RefCell::new(Vec::new()) };
    static NEVER_AWAITED: RefCell<Vec<Rc<str>>> = const { RefCell::new(Vec::new()) };
}

/// Queues the RuntimeWarning of a coroutine dropped before it ran (the VM prints it
/// at its next call or return, as it closes dropped generators).
#[cold]
fn queue_never_awaited(qualname: Rc<str>) {
    NEVER_AWAITED.with(|q| q.borrow_mut().push(qualname));
    HAS_PENDING.with(|p| p.set(true));
}

/// Takes the qualified names of the coroutines dropped unawaited since the last call.
/// Call it before [`take_pending_close`], which clears the flag the queues share.
pub fn take_never_awaited() -> Vec<Rc<str>> {
    NEVER_AWAITED.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// True when dropped generators are waiting to be closed.
pub fn has_pending_close() -> bool {
    HAS_PENDING.with(|p| p.get())
}

/// Tells the VM that finalizers are waiting (dropped generators, or instances with a
/// `__del__`: `objects::gc`): it runs them at its next call or return.
pub fn note_pending() {
    HAS_PENDING.with(|p| p.set(true));
}

/// Takes the generators waiting to be closed.
pub fn take_pending_close() -> Vec<Rc<Generator>> {
    HAS_PENDING.with(|p| p.set(false));
    PENDING_CLOSE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// Takes the serial numbers and qualified names of the observed generators whose last
/// reference went since the last call. Call it before [`take_pending_close`], which
/// clears the flag both queues share.
pub fn take_finalized() -> Vec<(u32, Rc<str>)> {
    FINALIZED.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

impl Drop for Generator {
    /// A suspended generator inside `try`/`with` must be closed when its last reference
    /// goes (so its `finally` runs at once). `Drop` cannot run Python code, so the frame
    /// moves to a fresh generator that the VM closes at its next instruction boundary.
    fn drop(&mut self) {
        if self.serial.get() != 0 {
            self.queue_finalized();
        }
        let frame = match std::mem::replace(self.state.get_mut(), GenState::Closed) {
            GenState::Suspended(frame) => frame,
            GenState::Created(frame) => {
                if self.kind.get() == GenKind::Coroutine && !self.finalized.get() {
                    queue_never_awaited(self.qualname.borrow().clone());
                }
                return super::trashcan::release(frame);
            }
            GenState::Running | GenState::Closed => return,
        };
        if self.finalized.get() || frame.code.handler_for(frame.current_op()).is_none() {
            // Through the trashcan: a chain of generators suspended in each other's
            // frames is freed without recursing once per generator.
            return super::trashcan::release(frame);
        }
        let g = Rc::new(Generator {
            state: RefCell::new(GenState::Suspended(frame)),
            code: self.code.clone(),
            name: RefCell::new(self.name.borrow().clone()),
            qualname: RefCell::new(self.qualname.borrow().clone()),
            finalized: Cell::new(true),
            serial: Cell::new(self.serial.get()),
            kind: self.kind.clone(),
        });
        PENDING_CLOSE.with(|q| q.borrow_mut().push(g));
        HAS_PENDING.with(|p| p.set(true));
    }
}

impl Generator {
    /// Queues the `Finalized` event of an observed generator being dropped (once: not
    /// again for the fresh generator its `finally` is closed in).
    #[cold]
    #[inline(never)]
    fn queue_finalized(&self) {
        if !self.finalized.get() {
            let name = self.qualname.borrow().clone();
            FINALIZED.with(|q| q.borrow_mut().push((self.serial.get(), name)));
            HAS_PENDING.with(|p| p.set(true));
        }
    }

    /// A new generator owning a not-yet-started frame.
    pub fn new(frame: Box<Frame>, name: Rc<str>, qualname: Rc<str>) -> Generator {
        Generator {
            kind: Cell::new(frame.code.gen_kind()),
            code: frame.code.clone(),
            state: RefCell::new(GenState::Created(frame)),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            finalized: Cell::new(false),
            serial: Cell::new(0),
        }
    }

    /// True when closing the generator would run code (it is suspended inside a
    /// `try`/`with`) and its finalizer has not run: what the cycle collector closes.
    pub fn needs_finalizing(&self) -> bool {
        if self.finalized.get() {
            return false;
        }
        match &*self.state.borrow() {
            GenState::Suspended(frame) => frame.code.handler_for(frame.current_op()).is_some(),
            _ => false,
        }
    }

    /// True for a generator `for`, `next()` and `yield from` accept (not a coroutine,
    /// not an async generator).
    #[inline]
    pub fn is_iterator(&self) -> bool {
        matches!(
            self.kind.get(),
            GenKind::Generator | GenKind::IterableCoroutine
        )
    }

    /// Records that the generator's finalizer runs now (it never runs twice).
    pub fn mark_finalized(&self) {
        self.finalized.set(true);
    }

    /// `inspect.getgeneratorstate(g)`: derived from the state, never stored twice.
    pub fn status(&self) -> &'static str {
        match &*self.state.borrow() {
            GenState::Created(_) => "GEN_CREATED",
            GenState::Suspended(_) => "GEN_SUSPENDED",
            GenState::Running => "GEN_RUNNING",
            GenState::Closed => "GEN_CLOSED",
        }
    }

    /// Takes the state out to resume the generator, leaving it `Running` (so that a
    /// resume from inside it is "generator already executing").
    #[inline]
    pub fn take_for_resume(&self) -> GenState {
        self.state.replace(GenState::Running)
    }

    /// Puts back a not-yet-started frame whose resume was refused before it ran.
    pub fn unstart(&self, frame: Box<Frame>) {
        *self.state.borrow_mut() = GenState::Created(frame);
    }

    /// Keeps the frame of a generator that yielded, until it is resumed.
    #[inline]
    pub fn suspend(&self, frame: Box<Frame>) {
        *self.state.borrow_mut() = GenState::Suspended(frame);
    }

    /// Marks the generator finished, dropping any frame it still holds (without
    /// running it) once the state is no longer borrowed.
    #[inline]
    pub fn finish(&self) {
        drop(self.state.replace(GenState::Closed));
    }

    /// The delegate of a generator suspended in `yield from` (`gi_yieldfrom`).
    pub fn yieldfrom(&self) -> Option<Value> {
        match &*self.state.borrow() {
            GenState::Suspended(f) if f.is_delegating() => f.stack.last().cloned(),
            _ => None,
        }
    }
}
