//! Dropping a deeply nested value without deep recursion (CPython's "trashcan").
//!
//! Rust drops a container by dropping its items, so freeing `a` after
//! `for _ in range(10**7): a = [a]` would recurse ten million levels and overflow the
//! stack. So the `Drop` of what holds values — the storage of a list, tuple or dict
//! (`storage.rs`), an instance, a generator's frame — hands them here: they are dropped
//! one level deeper, and past [`MAX_DEPTH`] levels set aside instead, to be dropped by
//! the outermost release once it returns. So the stack never holds more than
//! `MAX_DEPTH` nested releases, and a structure no deeper than that is freed in the
//! order it always was (items first to last). Dropping a `Value` itself costs nothing
//! extra: only a container whose last reference goes comes here.

use std::any::Any;
use std::cell::{Cell, RefCell};

/// Nested releases kept on the stack before contents are set aside.
const MAX_DEPTH: u32 = 1000;

thread_local! {
    /// How many nested releases are running.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// True when contents were set aside.
    static SET_ASIDE: Cell<bool> = const { Cell::new(false) };
    /// Contents set aside at `MAX_DEPTH`, for the outermost release to free.
    static DEFERRED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Drops `contents` (what a container being freed held) one level deeper, or sets it
/// aside at [`MAX_DEPTH`]; the outermost release frees what was set aside.
#[inline]
pub(super) fn release<T: 'static>(contents: T) {
    let depth = DEPTH.get();
    if depth >= MAX_DEPTH {
        set_aside(Box::new(contents));
        return;
    }
    DEPTH.set(depth + 1);
    drop(contents);
    if depth == 0 && SET_ASIDE.get() {
        free_set_aside();
    }
    DEPTH.set(depth);
}

/// Keeps `contents` for the outermost release (while the thread's locals are being
/// destroyed, it is freed here).
#[cold]
#[inline(never)]
fn set_aside(contents: Box<dyn Any>) {
    SET_ASIDE.set(true);
    let _ = DEFERRED.try_with(|d| d.borrow_mut().push(contents));
}

/// Frees what was set aside, and what freeing it sets aside, at depth 1.
#[cold]
#[inline(never)]
fn free_set_aside() {
    while let Some(next) = DEFERRED.try_with(|d| d.borrow_mut().pop()).ok().flatten() {
        drop(next);
    }
    SET_ASIDE.set(false);
}
