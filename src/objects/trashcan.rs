//! Dropping a deeply nested value without deep recursion (CPython's "trashcan").
//!
//! Rust drops a container by dropping its items, so freeing `a` after
//! `for _ in range(10**7): a = [a]` would recurse ten million levels and overflow the
//! stack. `Value`'s `Drop` sends the last reference to a list, tuple, dict or instance
//! here: its items are dropped one level deeper, and past [`MAX_DEPTH`] levels the
//! value is set aside instead, to be dropped by the outermost drop once it returns.
//! So the stack never holds more than `MAX_DEPTH` nested drops, and a structure no
//! deeper than that is freed in the order it always was (items first to last).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Value;

/// Nested drops kept on the stack before values are set aside.
const MAX_DEPTH: u32 = 1000;

thread_local! {
    /// How many nested container drops are running.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Values set aside at `MAX_DEPTH`, for the outermost drop to free.
    static DEFERRED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// True when dropping `v` frees a container whose items are values.
#[inline]
pub(super) fn frees_container(v: &Value) -> bool {
    match v {
        Value::List(l) => Rc::strong_count(l) == 1,
        Value::Tuple(t) => Rc::strong_count(t) == 1,
        Value::Dict(d) => Rc::strong_count(d) == 1,
        Value::Instance(i) => Rc::strong_count(i) == 1,
        _ => false,
    }
}

/// Drops the items of the container `v` (the last reference to it), leaving it empty.
fn drop_contents(v: &mut Value) {
    match v {
        Value::List(l) => {
            if let Ok(items) = l
                .try_borrow_mut()
                .map(|mut items| std::mem::take(&mut *items))
            {
                drop(items);
            }
        }
        Value::Tuple(t) => {
            if let Some(items) = Rc::get_mut(t).map(std::mem::take) {
                drop(items);
            }
        }
        Value::Dict(d) => drop(d.try_borrow_mut().map(|mut d| std::mem::take(&mut *d))),
        Value::Instance(i) => {
            if let Some(i) = Rc::get_mut(i) {
                drop((std::mem::take(i.dict.get_mut()), i.base.take()));
            }
        }
        _ => {}
    }
}

/// Drops the contents of the container `v`, whose last reference is going, one level
/// deeper; sets `v` aside instead at [`MAX_DEPTH`]. The outermost call frees what was
/// set aside.
#[inline(never)]
pub(super) fn release(v: &mut Value) {
    let depth = DEPTH.get();
    if depth >= MAX_DEPTH {
        // While the thread's locals are being destroyed, the value is freed here.
        let set_aside = std::mem::take(v);
        let _ = DEFERRED.try_with(|d| d.borrow_mut().push(set_aside));
        return;
    }
    DEPTH.set(depth + 1);
    drop_contents(v);
    if depth == 0 {
        while let Some(next) = DEFERRED.try_with(|d| d.borrow_mut().pop()).ok().flatten() {
            drop(next);
        }
    }
    DEPTH.set(depth);
}
