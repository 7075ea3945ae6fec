//! A per-thread cache of small heap blocks in front of the C allocator: the base of the
//! `genpy` binary's global allocator ([`super::limits::CountingAlloc`]).
//!
//! The VM allocates and frees small objects (boxed values, strings, frames' vectors)
//! at a high rate. glibc's own per-thread cache keeps only 7 blocks per size, so a
//! burst of frees spills into its shared bins and the next burst of allocations takes
//! the slow path back out (`GLIBC_TUNABLES=glibc.malloc.tcache_count=200` alone cut
//! the user time of `log_pipeline` by a quarter). Here each thread keeps a free list
//! per size class, [`CLASSES`] classes of requests up to [`MAX_SMALL`] bytes, each
//! list at most [`CACHED_BYTES`] long; a block freed past that goes back to `free`.
//!
//! Every block is one `malloc`ed by the C library, so any thread may free it into its
//! own lists, and a block a thread still caches when it ends stays allocated (at most
//! `CLASSES * CACHED_BYTES` per thread, and genpy runs Python on one thread). The
//! class sizes are those of glibc's chunks (16 k + 24 usable bytes), so rounding a
//! request up to its class costs no memory there.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// The number of size classes.
const CLASSES: usize = 32;

/// The largest request served from the lists (the size of the last class).
const MAX_SMALL: usize = class_size(CLASSES - 1);

/// The most bytes one free list holds.
const CACHED_BYTES: usize = 128 << 10;

/// The alignment every `malloc`ed block has, and the most a cached request may ask.
const ALIGN: usize = 16;

/// The size of the blocks of class `i`.
const fn class_size(i: usize) -> usize {
    16 * i + 24
}

/// The class of a request of `size` bytes (at most [`MAX_SMALL`]).
#[inline(always)]
fn class_of(size: usize) -> usize {
    size.saturating_sub(9) >> 4
}

/// True when a request of this layout is served from the lists.
#[inline(always)]
fn is_small(layout: Layout) -> bool {
    layout.size() <= MAX_SMALL && layout.align() <= ALIGN
}

/// A free block: its first word links to the next one.
struct Block {
    next: *mut Block,
}

/// One class's free blocks.
#[derive(Clone, Copy)]
struct FreeList {
    head: *mut Block,
    len: usize,
}

thread_local! {
    /// This thread's free lists (no destructor, so usable while the thread ends).
    static LISTS: UnsafeCell<[FreeList; CLASSES]> = const {
        UnsafeCell::new([FreeList { head: null_mut(), len: 0 }; CLASSES])
    };
}

/// Runs `f` on this thread's free list of class `i`.
#[inline(always)]
fn with_list<R>(i: usize, f: impl FnOnce(&mut FreeList) -> R) -> R {
    // SAFETY: the lists are this thread's; `f` calls no allocator (only `malloc` and
    // `free`, which do not come back here), so no other reference to them is live.
    LISTS.with(|lists| f(unsafe { &mut (*lists.get())[i] }))
}

/// The small-block cache over the C allocator (larger or over-aligned requests go to
/// [`System`] as they are).
pub struct SmallAlloc;

impl SmallAlloc {
    /// A block of class `i`: the head of its list, or a fresh one from `malloc`.
    #[inline(always)]
    unsafe fn take(i: usize) -> *mut u8 {
        let cached = with_list(i, |list| {
            let b = list.head;
            if !b.is_null() {
                list.head = (*b).next;
                list.len -= 1;
            }
            b
        });
        if cached.is_null() {
            libc::malloc(class_size(i)).cast()
        } else {
            cached.cast()
        }
    }

    /// Gives a block of class `i` back: onto its list, or to `free` when it is full.
    #[inline(always)]
    unsafe fn give(ptr: *mut u8, i: usize) {
        let kept = with_list(i, |list| {
            if list.len * class_size(i) >= CACHED_BYTES {
                return false;
            }
            let b = ptr.cast::<Block>();
            (*b).next = list.head;
            list.head = b;
            list.len += 1;
            true
        });
        if !kept {
            libc::free(ptr.cast());
        }
    }
}

// SAFETY: a small request gets a block of at least its size from its class, aligned
// to 16 (as `malloc` aligns), owned by no one else (a block is on at most one list,
// and leaves it when given out); other requests are passed on to `System` unchanged.
// A block is only given back with the layout it was allocated with, so its class is
// the one it came from (or `realloc` moves it).
unsafe impl GlobalAlloc for SmallAlloc {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if is_small(layout) {
            return Self::take(class_of(layout.size()));
        }
        System.alloc(layout)
    }

    #[inline(never)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_small(layout) {
            let p = Self::take(class_of(layout.size()));
            if !p.is_null() {
                p.write_bytes(0, layout.size());
            }
            return p;
        }
        System.alloc_zeroed(layout)
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if is_small(layout) {
            return Self::give(ptr, class_of(layout.size()));
        }
        System.dealloc(ptr, layout)
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = Layout::from_size_align_unchecked(new_size, layout.align());
        match (is_small(layout), is_small(new)) {
            (false, false) => System.realloc(ptr, layout, new_size),
            (true, true) if class_of(layout.size()) == class_of(new_size) => ptr,
            _ => {
                let p = self.alloc(new);
                if !p.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                p
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! The class arithmetic and a round trip through the lists.

    use super::{class_of, class_size, SmallAlloc, CLASSES, MAX_SMALL};
    use std::alloc::{GlobalAlloc, Layout};

    /// checks that every small size falls in the smallest class that holds it.
    #[test]
    fn each_size_gets_the_smallest_class_that_holds_it() {
        for size in 1..=MAX_SMALL {
            let i = class_of(size);
            assert!(i < CLASSES);
            assert!(class_size(i) >= size, "size {size} class {i}");
            assert!(i == 0 || class_size(i - 1) < size, "size {size} class {i}");
        }
    }

    /// checks that a freed block is handed out again for its class, that growing a
    /// block keeps its bytes, and that zeroed requests are zero.
    #[test]
    fn blocks_are_reused_and_keep_their_bytes() {
        let a = SmallAlloc;
        unsafe {
            let l = Layout::from_size_align(40, 8).unwrap();
            let p = a.alloc(l);
            p.write_bytes(7, 40);
            a.dealloc(p, l);
            let q = a.alloc(Layout::from_size_align(33, 8).unwrap());
            assert_eq!(p, q);
            q.write_bytes(9, 33);
            let r = a.realloc(q, Layout::from_size_align(33, 8).unwrap(), 1000);
            assert!((0..33).all(|i| *r.add(i) == 9));
            let s = a.realloc(r, Layout::from_size_align(1000, 8).unwrap(), 20);
            assert!((0..20).all(|i| *s.add(i) == 9));
            a.dealloc(s, Layout::from_size_align(20, 8).unwrap());
            let z = a.alloc_zeroed(Layout::from_size_align(24, 8).unwrap());
            assert!((0..24).all(|i| *z.add(i) == 0));
            a.dealloc(z, Layout::from_size_align(24, 8).unwrap());
        }
    }
}
