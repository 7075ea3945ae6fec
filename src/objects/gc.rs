//! The cycle collector's object side: which heap objects are tracked, in which
//! generation, what each one references, and how a cycle of them is broken. The
//! collection itself (trial deletion, finalizers, resurrection) is `vm/gc.rs`; see
//! docs/architecture.md, "Reference cycles".
//!
//! Tracking a container costs one `Weak` pushed on the young generation's list when it
//! is allocated (and one count): a dead object's allocation is freed when a newer
//! entry replaces it on top of that list ([`track`]) or when the next collection of
//! its generation prunes it. An allocation past threshold 0 calls the VM's hook, which
//! makes the run loop collect at its next check.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use rustc_hash::{FxHashMap, FxHashSet};

use super::class::{Class, Instance};
use super::dict::Dict;
use super::frame::Frame;
use super::func::{BoundMethod, Function};
use super::generator::{GenState, Generator};
use super::set::Set;
use super::{CellRef, DictData, ListData, Namespace, TupleData, Value};

/// The number of generations (CPython's three).
pub const GENERATIONS: usize = 3;

/// CPython's default thresholds.
const DEFAULT_THRESHOLDS: [i64; GENERATIONS] = [700, 10, 10];

/// Declares the tracked kinds once: each is a `Value` variant of the same name over
/// `Rc<$ty>`; [`Tracked`] holds it weakly (in a generation), [`Obj`] strongly (while
/// a collection looks at it).
macro_rules! tracked_kinds {
    ($($name:ident($ty:ty)),* $(,)?) => {
        /// A tracked object as its generation holds it: weakly, so tracking keeps
        /// nothing alive.
        #[derive(Debug)]
        pub enum Tracked {
            $(
                #[allow(missing_docs)]
                $name(Weak<$ty>),
            )*
        }

        /// A tracked object held strongly during a collection.
        #[derive(Debug, Clone)]
        pub enum Obj {
            $(
                #[allow(missing_docs)]
                $name(Rc<$ty>),
            )*
        }

        impl Tracked {
            fn upgrade(&self) -> Option<Obj> {
                match self {
                    $(Tracked::$name(w) => w.upgrade().map(Obj::$name),)*
                }
            }

            fn is_dead(&self) -> bool {
                match self {
                    $(Tracked::$name(w) => w.strong_count() == 0,)*
                }
            }

            fn key(&self) -> usize {
                match self {
                    $(Tracked::$name(w) => w.as_ptr() as *const u8 as usize,)*
                }
            }
        }

        impl Obj {
            /// Its identity: the address of the object (as [`key_of`] finds it).
            pub fn key(&self) -> usize {
                match self {
                    $(Obj::$name(r) => rc_key(r),)*
                }
            }

            /// The references to it, ours included.
            pub fn strong(&self) -> usize {
                match self {
                    $(Obj::$name(r) => Rc::strong_count(r),)*
                }
            }

            fn downgrade(&self) -> Tracked {
                match self {
                    $(Obj::$name(r) => Tracked::$name(Rc::downgrade(r)),)*
                }
            }

            /// The object as a Python value.
            pub fn value(&self) -> Value {
                match self {
                    $(Obj::$name(r) => Value::$name(r.clone()),)*
                }
            }
        }

        /// The identity of the tracked object a value refers to, if it is of a kind
        /// that may be tracked (a generator's frame view refers to the generator).
        #[inline]
        pub fn key_of(v: &Value) -> Option<usize> {
            match v {
                $(Value::$name(r) => Some(rc_key(r)),)*
                Value::FrameView(g) => Some(rc_key(g)),
                _ => None,
            }
        }
    };
}

tracked_kinds! {
    List(ListData),
    Tuple(TupleData),
    Dict(DictData),
    Set(Set),
    Instance(Instance),
    Function(Function),
    Cell(RefCell<Value>),
    Generator(Generator),
    BoundMethod(BoundMethod),
    Class(Class),
}

#[inline]
fn rc_key<T>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const u8 as usize
}

/// The young generation: what tracking touches on every allocation.
struct Young {
    objects: RefCell<Vec<Tracked>>,
    /// Tracked allocations since generation 0 was last collected.
    count: Cell<usize>,
    /// Threshold 0 while automatic collection is enabled, else `usize::MAX`.
    limit: Cell<usize>,
}

/// The older generations and the collector's settings.
struct Old {
    /// Generations 1 and 2.
    objects: [Vec<Tracked>; GENERATIONS - 1],
    /// Collections of the generation below since this one was last collected.
    count: [usize; GENERATIONS - 1],
    thresholds: [i64; GENERATIONS],
    enabled: bool,
    /// Objects that survived a generation-1 collection since the last full one, and
    /// the survivors of the last full one (CPython's rule against quadratic work).
    long_lived_pending: usize,
    long_lived_total: usize,
    /// The addresses of live instances whose `__del__` has run (it runs only once).
    finalized: FxHashSet<usize>,
}

thread_local! {
    static YOUNG: Young = const {
        Young {
            objects: RefCell::new(Vec::new()),
            count: Cell::new(0),
            limit: Cell::new(DEFAULT_THRESHOLDS[0] as usize),
        }
    };
    static OLD: RefCell<Old> = RefCell::new(Old {
        objects: [Vec::new(), Vec::new()],
        count: [0; GENERATIONS - 1],
        thresholds: DEFAULT_THRESHOLDS,
        enabled: true,
        long_lived_pending: 0,
        long_lived_total: 0,
        finalized: FxHashSet::default(),
    });
    static DUE: Cell<bool> = const { Cell::new(false) };
    static DUE_HOOK: Cell<fn()> = const { Cell::new(|| {}) };
    static PENDING_DEL: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
}

/// How many dead entries on top of generation 0's list a new one may replace.
const PRUNE_ON_TRACK: usize = 4;

/// Starts tracking a new container object. Most objects die young, in the reverse
/// order of their making: dead entries on top of the list are dropped first (freeing
/// the objects' memory while the allocator can still reuse it at once) and uncounted,
/// as CPython's count 0 is allocations minus deallocations.
#[inline]
pub fn track(t: Tracked) {
    let _ = YOUNG.try_with(|y| {
        let mut objects = y.objects.borrow_mut();
        let mut n = y.count.get();
        for _ in 0..PRUNE_ON_TRACK {
            match objects.last() {
                Some(top) if top.is_dead() => {
                    objects.pop();
                    n = n.saturating_sub(1);
                }
                _ => break,
            }
        }
        objects.push(t);
        n += 1;
        y.count.set(n);
        if n > y.limit.get() {
            due();
        }
    });
}

/// A list value, tracked.
#[inline]
pub fn tracked_list(items: Vec<Value>) -> Value {
    let r = Rc::new(ListData::new(items));
    track(Tracked::List(Rc::downgrade(&r)));
    Value::List(r)
}

/// A tuple value, tracked unless every item is an atom (a tuple is immutable, so one
/// that holds no container can never be part of a cycle).
#[inline]
pub fn tracked_tuple(items: Vec<Value>) -> Value {
    let r = Rc::new(TupleData(items));
    if r.iter().any(|v| key_of(v).is_some()) {
        track(Tracked::Tuple(Rc::downgrade(&r)));
    }
    Value::Tuple(r)
}

/// A dict value, tracked.
pub fn tracked_dict(d: Dict) -> Value {
    Value::Dict(tracked_dict_rc(d))
}

/// A new dict, tracked.
pub fn tracked_dict_rc(d: Dict) -> Rc<DictData> {
    let r = Rc::new(DictData::new(d));
    track(Tracked::Dict(Rc::downgrade(&r)));
    r
}

/// A set or frozenset value, tracked.
pub fn tracked_set(s: Set) -> Value {
    let r = Rc::new(s);
    track(Tracked::Set(Rc::downgrade(&r)));
    Value::Set(r)
}

/// A new instance, tracked.
#[inline]
pub fn tracked_instance(i: Instance) -> Rc<Instance> {
    let r = Rc::new(i);
    track(Tracked::Instance(Rc::downgrade(&r)));
    r
}

/// A new function, tracked.
pub fn tracked_function(f: Function) -> Rc<Function> {
    let r = Rc::new(f);
    track(Tracked::Function(Rc::downgrade(&r)));
    r
}

/// A new closure cell, tracked.
#[inline]
pub fn tracked_cell(v: Value) -> CellRef {
    let r = Rc::new(RefCell::new(v));
    track(Tracked::Cell(Rc::downgrade(&r)));
    r
}

/// A new generator, tracked.
pub fn tracked_generator(g: Generator) -> Rc<Generator> {
    let r = Rc::new(g);
    track(Tracked::Generator(Rc::downgrade(&r)));
    r
}

/// A new bound method, tracked.
pub fn tracked_method(m: BoundMethod) -> Rc<BoundMethod> {
    let r = Rc::new(m);
    track(Tracked::BoundMethod(Rc::downgrade(&r)));
    r
}

/// Starts tracking a new user class.
pub fn track_class(c: &Rc<Class>) {
    track(Tracked::Class(Rc::downgrade(c)));
}

#[cold]
fn due() {
    DUE.with(|d| d.set(true));
    DUE_HOOK.with(|h| h.get()());
}

/// Installs what an allocation past threshold 0 calls (the VM raises its interrupt
/// flag, so the run loop collects at its next check).
pub fn set_due_hook(hook: fn()) {
    DUE_HOOK.with(|h| h.set(hook));
}

/// True (once) when an automatic collection is due.
pub fn take_due() -> bool {
    DUE.with(|d| d.replace(false))
}

/// `gc.get_count()`.
pub fn counts() -> [usize; GENERATIONS] {
    let young = YOUNG.with(|y| y.count.get());
    OLD.with(|o| {
        let o = o.borrow();
        [young, o.count[0], o.count[1]]
    })
}

/// `gc.get_threshold()`.
pub fn thresholds() -> [i64; GENERATIONS] {
    OLD.with(|o| o.borrow().thresholds)
}

/// `gc.set_threshold(...)`: the thresholds given, the others unchanged.
pub fn set_thresholds(given: &[i64]) {
    OLD.with(|o| {
        let mut o = o.borrow_mut();
        for (t, &g) in o.thresholds.iter_mut().zip(given) {
            *t = g;
        }
    });
    update_limit();
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    OLD.with(|o| o.borrow_mut().enabled = on);
    update_limit();
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    OLD.with(|o| o.borrow().enabled)
}

fn update_limit() {
    let (on, t0) = OLD.with(|o| {
        let o = o.borrow();
        (o.enabled, o.thresholds[0])
    });
    let limit = if on && t0 > 0 {
        t0 as usize
    } else {
        usize::MAX
    };
    YOUNG.with(|y| y.limit.set(limit));
}

/// The generation an automatic collection should collect now, by CPython's rule:
/// the oldest whose count passed its threshold (the oldest only when the objects
/// awaiting it are a quarter of those it holds); `None` when none is due.
pub fn generation_due() -> Option<usize> {
    let counts = counts();
    OLD.with(|o| {
        let o = o.borrow();
        if !o.enabled || o.thresholds[0] == 0 {
            return None;
        }
        (0..GENERATIONS).rev().find(|&g| {
            counts[g] as i64 > o.thresholds[g]
                && (g < GENERATIONS - 1 || o.long_lived_pending > o.long_lived_total / 4)
        })
    })
}

/// Takes the live objects of generations `0..=generation` out of them (oldest
/// first), for a collection of `generation`, and updates the counts as CPython does
/// when that collection starts. Dead entries are dropped here, freeing them.
pub fn take_generations(generation: usize) -> Vec<Obj> {
    let young = YOUNG.with(|y| {
        y.count.set(0);
        std::mem::take(&mut *y.objects.borrow_mut())
    });
    let mut lists = OLD.with(|o| {
        let mut o = o.borrow_mut();
        if generation < GENERATIONS - 1 {
            o.count[generation] += 1;
        }
        let mut lists = Vec::new();
        for g in (1..=generation).rev() {
            o.count[g - 1] = 0;
            lists.push(std::mem::take(&mut o.objects[g - 1]));
        }
        lists
    });
    lists.push(young);
    lists
        .iter()
        .flatten()
        .filter_map(Tracked::upgrade)
        .collect()
}

/// Puts back objects a collection of `generation` found reachable: into the next
/// generation (the oldest keeps its own), updating CPython's long-lived counts.
pub fn promote(objs: &[Obj], generation: usize) {
    let target = (generation + 1).min(GENERATIONS - 1);
    OLD.with(|o| {
        let mut o = o.borrow_mut();
        o.objects[target - 1].extend(objs.iter().map(Obj::downgrade));
        match generation {
            1 => o.long_lived_pending += objs.len(),
            2 => {
                o.long_lived_pending = 0;
                o.long_lived_total = objs.len();
            }
            _ => {}
        }
    });
}

/// The live objects of one generation.
pub fn generation_objects(generation: usize) -> Vec<Obj> {
    let live = |list: &[Tracked]| list.iter().filter_map(Tracked::upgrade).collect();
    match generation {
        0 => YOUNG.with(|y| live(&y.objects.borrow())),
        g => OLD.with(|o| live(&o.borrow().objects[g - 1])),
    }
}

/// Every live tracked object (`gc.get_objects()`), oldest generation first.
pub fn all_objects() -> Vec<Obj> {
    (0..GENERATIONS)
        .rev()
        .flat_map(generation_objects)
        .collect()
}

/// `gc.is_tracked(v)`: true when a generation holds the object.
pub fn is_tracked(v: &Value) -> bool {
    let Some(key) = key_of(v) else {
        return false;
    };
    let live = |t: &&Tracked| !t.is_dead() && t.key() == key;
    YOUNG.with(|y| y.objects.borrow().iter().any(|t| live(&t)))
        || OLD.with(|o| o.borrow().objects.iter().flatten().any(|t| live(&t)))
}

/// Finds which of `objs` are unreachable (CPython's trial deletion): each object's
/// references minus ours and those from the others in `objs`; an object with
/// references left is reachable from outside, and so is everything it reaches.
/// `None` when an object is being changed (mutably borrowed) and cannot be looked at.
pub fn find_unreachable(objs: &[Obj]) -> Option<Vec<bool>> {
    let index: FxHashMap<usize, usize> =
        objs.iter().enumerate().map(|(i, o)| (o.key(), i)).collect();
    let mut refs: Vec<isize> = objs.iter().map(|o| o.strong() as isize - 1).collect();
    for o in objs {
        let complete = o.visit(&mut |k| {
            if let Some(&j) = index.get(&k) {
                refs[j] -= 1;
            }
        });
        if !complete {
            return None;
        }
    }
    debug_assert!(
        refs.iter().all(|&r| r >= 0),
        "a traversal visited a reference that does not exist"
    );
    let mut unreachable: Vec<bool> = refs.iter().map(|&r| r <= 0).collect();
    let mut work: Vec<usize> = (0..objs.len()).filter(|&i| !unreachable[i]).collect();
    while let Some(i) = work.pop() {
        objs[i].visit(&mut |k| {
            if let Some(&j) = index.get(&k) {
                if unreachable[j] {
                    unreachable[j] = false;
                    work.push(j);
                }
            }
        });
    }
    Some(unreachable)
}

/// What breaking cycles took out of their objects, dropped once every object of the
/// garbage is emptied (so no drop recurses through the cycle).
#[derive(Default)]
pub struct Trash {
    values: Vec<Value>,
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
}

impl Trash {
    fn namespace(&mut self, ns: &RefCell<Namespace>) {
        if let Ok(mut ns) = ns.try_borrow_mut() {
            self.values.extend(std::mem::take(&mut *ns).into_values());
        }
    }

    fn frame(&mut self, mut f: Box<Frame>) {
        self.values.append(&mut f.stack);
        self.values.append(&mut f.locals);
        self.values.extend(f.cells.drain(..).map(Value::Cell));
        self.values
            .extend(f.handled.take().map(|e| Value::Instance(e.0)));
        self.values.extend(f.class_mapping.take());
        self.values.extend(
            f.class_ns
                .take()
                .into_iter()
                .chain(f.locals_dict.take())
                .map(Value::Dict),
        );
        self.frames.push(f);
    }
}

impl Obj {
    /// Calls `f` with the identity of every object this one references (once per
    /// reference); false when the object is being changed and cannot be looked at.
    pub fn visit(&self, f: &mut impl FnMut(usize)) -> bool {
        let mut value = |v: &Value| {
            if let Some(k) = key_of(v) {
                f(k)
            }
        };
        match self {
            Obj::List(l) => match l.try_borrow() {
                Ok(items) => items.iter().for_each(value),
                Err(_) => return false,
            },
            Obj::Tuple(t) => t.iter().for_each(value),
            Obj::Dict(d) => match d.try_borrow() {
                Ok(d) => d.iter().for_each(|(k, v)| {
                    value(&k.value);
                    value(v);
                }),
                Err(_) => return false,
            },
            Obj::Set(s) => return s.try_for_each(value),
            Obj::Instance(i) => return visit_instance(i, f),
            Obj::Function(func) => {
                func.defaults.iter().for_each(&mut value);
                func.kwdefaults.iter().for_each(|(_, v)| value(v));
                for c in &func.closure {
                    f(rc_key(c));
                }
                // Its globals: an exec dict that holds the function is a cycle.
                f(rc_key(&func.globals));
                return visit_attrs(&func.dict, f) && visit_attrs(&func.slots, f);
            }
            Obj::Cell(c) => match c.try_borrow() {
                Ok(v) => value(&v),
                Err(_) => return false,
            },
            Obj::Generator(g) => match g.state.try_borrow() {
                Ok(state) => match &*state {
                    GenState::Created(frame) | GenState::Suspended(frame) => visit_frame(frame, f),
                    GenState::Running | GenState::Closed => {}
                },
                Err(_) => return false,
            },
            Obj::BoundMethod(m) => {
                value(&m.func);
                value(&m.receiver);
            }
            Obj::Class(c) => {
                for b in c.bases.iter().chain(&c.mro_tail).chain(&c.metaclass) {
                    f(rc_key(b));
                }
                if let Some(b) = &c.base_type {
                    f(rc_key(b));
                }
                return visit_namespace(&c.dict, f);
            }
        }
        true
    }

    /// Breaks the references this object holds that can be broken (a tuple's, a
    /// bound method's and a function's defaults cannot; every cycle passes through
    /// an object whose references can), moving them into `trash`.
    pub fn clear(&self, trash: &mut Trash) {
        match self {
            Obj::List(l) => {
                if let Ok(mut items) = l.try_borrow_mut() {
                    trash.values.append(&mut items);
                }
            }
            Obj::Dict(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    for (k, v) in std::mem::take(&mut *d) {
                        trash.values.push(k.value);
                        trash.values.push(v);
                    }
                }
            }
            Obj::Set(s) => s.drain_into(&mut trash.values),
            Obj::Instance(i) => {
                i.dict.clear_into(&mut trash.values);
                if let Some(Ok(mut e)) = i.exc.as_ref().map(|e| e.try_borrow_mut()) {
                    trash.values.append(&mut e.args);
                    for entry in e.traceback.iter_mut() {
                        trash.values.append(&mut entry.keep_alive);
                    }
                    trash.values.extend(e.cause.take());
                    trash.values.extend(e.context.take());
                }
            }
            Obj::Function(func) => {
                func.dict.clear_into(&mut trash.values);
                func.slots.clear_into(&mut trash.values);
            }
            Obj::Cell(c) => {
                if let Ok(mut v) = c.try_borrow_mut() {
                    trash.values.push(std::mem::replace(&mut *v, Value::Undef));
                }
            }
            Obj::Generator(g) => {
                if let Ok(mut state) = g.state.try_borrow_mut() {
                    if let GenState::Created(_) | GenState::Suspended(_) = &*state {
                        if let GenState::Created(frame) | GenState::Suspended(frame) =
                            std::mem::replace(&mut *state, GenState::Closed)
                        {
                            trash.frame(frame);
                        }
                    }
                }
            }
            Obj::Class(c) => {
                trash.namespace(&c.dict);
                super::class::classes_changed();
            }
            Obj::Tuple(_) | Obj::BoundMethod(_) => {}
        }
    }
}

fn visit_namespace(ns: &RefCell<Namespace>, f: &mut impl FnMut(usize)) -> bool {
    match ns.try_borrow() {
        Ok(ns) => {
            for v in ns.values() {
                if let Some(k) = key_of(v) {
                    f(k);
                }
            }
            true
        }
        Err(_) => false,
    }
}

fn visit_attrs(attrs: &super::Attrs, f: &mut impl FnMut(usize)) -> bool {
    attrs.visit(&mut |v| {
        if let Some(k) = key_of(v) {
            f(k);
        }
    })
}

fn visit_instance(i: &Instance, f: &mut impl FnMut(usize)) -> bool {
    f(rc_key(&i.class));
    if let Some(k) = i.base.as_deref().and_then(key_of) {
        f(k);
    }
    if let Some(exc) = &i.exc {
        let Ok(e) = exc.try_borrow() else {
            return false;
        };
        let values = e
            .args
            .iter()
            .chain(e.traceback.iter().flat_map(|t| &t.keep_alive))
            .chain(&e.cause)
            .chain(&e.context);
        for v in values {
            if let Some(k) = key_of(v) {
                f(k);
            }
        }
    }
    visit_attrs(&i.dict, f)
}

fn visit_frame(frame: &Frame, f: &mut impl FnMut(usize)) {
    let values = frame
        .stack
        .iter()
        .chain(&frame.locals)
        .chain(&frame.class_mapping);
    for v in values {
        if let Some(k) = key_of(v) {
            f(k);
        }
    }
    for c in &frame.cells {
        f(rc_key(c));
    }
    for d in frame.class_ns.iter().chain(&frame.locals_dict) {
        f(rc_key(d));
    }
    if let Some(e) = &frame.handled {
        f(rc_key(&e.0));
    }
    if let Some(g) = &frame.gen {
        f(rc_key(g));
    }
}

/// Called by an instance's `Drop` when its class has a `__del__`: unless it already
/// ran, the instance's contents move to a new instance queued for the VM to call
/// `__del__` on at its next safe point (`Drop` cannot run Python code).
pub fn instance_dropped(inst: &mut Instance) {
    let addr = inst as *const Instance as usize;
    let Ok(done) = OLD.try_with(|o| o.borrow_mut().finalized.remove(&addr)) else {
        return;
    };
    if done {
        return;
    }
    let revived = tracked_instance(Instance {
        class: inst.class.clone(),
        dict: inst.dict.take(),
        exc: inst.exc.take(),
        base: inst.base.take(),
    });
    mark_finalized(&revived);
    let _ = PENDING_DEL.try_with(|q| q.borrow_mut().push(revived));
    super::generator::note_pending();
}

/// Records that an instance's `__del__` is running (or ran): it never runs again.
/// False when it had already been recorded.
pub fn mark_finalized(inst: &Rc<Instance>) -> bool {
    OLD.with(|o| o.borrow_mut().finalized.insert(rc_key(inst)))
}

/// Takes the instances whose `__del__` the VM must call.
pub fn take_pending_del() -> Vec<Rc<Instance>> {
    PENDING_DEL.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// Puts objects back into `generation` without counting them (a collection that
/// could not look at every object, or the objects a finalizer resurrected).
pub fn put_back(objs: &[Obj], generation: usize) {
    let weak = objs.iter().map(Obj::downgrade);
    match generation {
        0 => YOUNG.with(|y| y.objects.borrow_mut().extend(weak)),
        g => OLD.with(|o| o.borrow_mut().objects[g - 1].extend(weak)),
    }
}

/// Lets go of the garbage that nothing references any more but this list (a
/// finalizer broke the cycle: a closed generator's frame is gone), so it is freed as
/// CPython frees it during finalization, and what it referenced in turn; returns the
/// rest.
pub fn release_unreferenced(garbage: Vec<Obj>) -> Vec<Obj> {
    let index: FxHashMap<usize, usize> = garbage
        .iter()
        .enumerate()
        .map(|(i, o)| (o.key(), i))
        .collect();
    let mut slots: Vec<Option<Obj>> = garbage.into_iter().map(Some).collect();
    let mut work: Vec<usize> = (0..slots.len()).collect();
    while let Some(i) = work.pop() {
        let Some(o) = &slots[i] else {
            continue;
        };
        if o.strong() != 1 {
            continue;
        }
        o.visit(&mut |k| {
            if let Some(&j) = index.get(&k) {
                work.push(j);
            }
        });
        slots[i] = None;
    }
    slots.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    //! The collector's object side on its own: trial deletion and breaking cycles.

    use super::{find_unreachable, take_generations, Trash};
    use crate::objects::Value;

    /// checks that a cycle through a million nested lists is found unreachable and
    /// broken on a 1 MB stack (a traversal or a drop recursing per level would overflow
    /// it), while a list a local still holds stays reachable.
    #[test]
    fn a_million_nested_lists_in_a_cycle_on_a_small_stack() {
        let worker = std::thread::Builder::new().stack_size(1 << 20).spawn(|| {
            let kept = Value::list(vec![Value::Int(1)]);
            let head = Value::list(vec![]);
            let mut cur = head.clone();
            for _ in 0..1_000_000 {
                let next = Value::list(vec![]);
                let Value::List(l) = &cur else { unreachable!() };
                l.borrow_mut().push(next.clone());
                cur = next;
            }
            let Value::List(l) = &cur else { unreachable!() };
            l.borrow_mut().push(head.clone());
            drop((head, cur));
            let objs = take_generations(2);
            let unreachable = find_unreachable(&objs).expect("nothing is borrowed");
            let found = unreachable.iter().filter(|&&u| u).count();
            let mut trash = Trash::default();
            for (o, _) in objs.iter().zip(&unreachable).filter(|(_, &u)| u) {
                o.clear(&mut trash);
            }
            drop(objs);
            drop(trash);
            let kept_intact = matches!(&kept, Value::List(l) if l.borrow().len() == 1);
            (found, kept_intact)
        });
        let (found, kept_intact) = worker.expect("spawns").join().expect("no overflow");
        assert_eq!(found, 1_000_001);
        assert!(kept_intact);
    }
}
