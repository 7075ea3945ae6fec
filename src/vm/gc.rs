//! The cycle collector's VM side: a collection of a generation (trial deletion over
//! its objects, `objects::gc::find_unreachable`), the finalizers of what it found
//! (PEP 442: `__del__` once per object, suspended generators closed), the check for
//! objects the finalizers resurrected, and the breaking of the remaining cycles;
//! plus the automatic collection the run loop starts at its interrupt check, and
//! `__del__` calls for instances whose last reference went. See
//! docs/architecture.md, "Reference cycles".

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::Ordering::Relaxed;

use super::generator::Resume;
use super::{limits, Vm};
use crate::objects::gc::{self, Obj, Trash, GENERATIONS};
use crate::objects::generator::Generator;
use crate::objects::{Instance, PyResult, Value};

thread_local! {
    /// True while a collection runs (a finalizer's allocations or `gc.collect()` do
    /// not start another).
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
}

/// Makes an allocation past threshold 0 raise the run loop's interrupt flag, so that
/// the next check ([`Vm::check_interrupt`]) collects.
pub(super) fn install() {
    gc::set_due_hook(|| limits::INTERRUPTED.store(true, Relaxed));
}

impl Vm {
    /// The run loop's check on loop back-edges and calls: one relaxed load unless
    /// Ctrl-C, a sandbox limit or a due collection raised the flag.
    #[inline(always)]
    pub(super) fn check_interrupt(&mut self) -> PyResult<()> {
        if super::interrupt_raised() {
            return self.interrupted();
        }
        Ok(())
    }

    /// The slow path of [`Vm::check_interrupt`]: a due collection, then Ctrl-C and
    /// the sandbox limits.
    #[cold]
    #[inline(never)]
    pub(super) fn interrupted(&mut self) -> PyResult<()> {
        if gc::take_due() {
            if let Some(generation) = gc::generation_due() {
                self.collect_garbage(generation);
            }
        }
        limits::interrupted()
    }

    /// Collects `generation` and the younger ones (2: everything, as `gc.collect()`):
    /// the number of unreachable objects found, 0 when a collection is already
    /// running or an object was being changed.
    pub fn collect_garbage(&mut self, generation: usize) -> usize {
        let generation = generation.min(GENERATIONS - 1);
        if COLLECTING.with(|c| c.replace(true)) {
            return 0;
        }
        let found = self.collect_unreachable(generation);
        COLLECTING.with(|c| c.set(false));
        self.close_pending();
        found
    }

    fn collect_unreachable(&mut self, generation: usize) -> usize {
        let objs = gc::take_generations(generation);
        let Some(unreachable) = gc::find_unreachable(&objs) else {
            gc::put_back(&objs, generation);
            return 0;
        };
        let (garbage, survivors) = split(objs, &unreachable);
        gc::promote(&survivors, generation);
        drop(survivors);
        if garbage.is_empty() {
            return 0;
        }
        self.finalize_garbage(&garbage);
        let garbage = gc::release_unreferenced(garbage);
        // A finalizer may have made some of the garbage reachable again.
        let still = gc::find_unreachable(&garbage).unwrap_or_else(|| vec![false; garbage.len()]);
        let (dead, resurrected) = split(garbage, &still);
        gc::put_back(&resurrected, GENERATIONS - 1);
        drop(resurrected);
        // As CPython counts: what is still unreachable after the finalizers.
        let found = dead.len();
        let mut trash = Trash::default();
        for o in &dead {
            o.clear(&mut trash);
        }
        drop(dead);
        drop(trash);
        found
    }

    /// Runs the finalizers of the garbage, in the order the generations hold it.
    fn finalize_garbage(&mut self, garbage: &[Obj]) {
        for o in garbage {
            match o {
                Obj::Instance(i) if i.class.has_finalizer() && gc::mark_finalized(i) => {
                    self.call_del(i)
                }
                Obj::Generator(g) if g.needs_finalizing() => {
                    g.mark_finalized();
                    self.close_reporting(g);
                }
                _ => {}
            }
        }
    }

    /// Calls an instance's `__del__`, reporting (not raising) what it raises, as
    /// CPython's finalizer does.
    pub(super) fn call_del(&mut self, inst: &Rc<Instance>) {
        let Some(del) = inst.class.lookup_slot("__del__") else {
            return;
        };
        let receiver = Value::Instance(inst.clone());
        let result = match &del {
            Value::Function(_) => self.call(&del, vec![receiver], vec![]),
            _ => self
                .get_attr(&receiver, "__del__")
                .and_then(|m| self.call(&m, vec![], vec![])),
        };
        if let Err(e) = result {
            let what = self.repr(&del).unwrap_or_else(|_| "__del__".into());
            (self.unraisable_hook)(self, &what, &e);
        }
    }

    /// Closes a generator, reporting (not raising) an exception it raises.
    pub(super) fn close_reporting(&mut self, g: &Rc<Generator>) {
        if let Err(e) = self.resume_nested(g, Resume::Close) {
            let what = format!(
                "<generator object {} at {:#x}>",
                g.qualname.borrow(),
                Rc::as_ptr(g) as usize
            );
            (self.unraisable_hook)(self, &what, &e);
        }
    }
}

/// Splits `objs` by `flags`: (flagged, the others).
fn split(objs: Vec<Obj>, flags: &[bool]) -> (Vec<Obj>, Vec<Obj>) {
    let mut yes = Vec::new();
    let mut no = Vec::new();
    for (o, &f) in objs.into_iter().zip(flags) {
        if f {
            yes.push(o);
        } else {
            no.push(o);
        }
    }
    (yes, no)
}
