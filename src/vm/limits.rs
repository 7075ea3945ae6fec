//! Why the run loop leaves its fast path: Ctrl-C, and the sandbox limits a teacher
//! may set (`--max-steps`, `--timeout`, `--max-memory`); plus the fallible
//! allocations behind `MemoryError`.
//!
//! Everything costs nothing until it is asked for: the run loop's only check is one
//! relaxed load of [`INTERRUPTED`] on loop back-edges and calls (as for Ctrl-C alone),
//! and [`CountingAlloc`] only loads the memory limit before passing a request on.
//! A limit being set keeps [`INTERRUPTED`] raised, so every check takes the slow path
//! ([`interrupted`]), which counts steps. A limit that is crossed *stops* the run: a
//! `BaseException` whose message names the limit is raised at the next check, and at
//! every later one, so a handler that catches it cannot keep the program running.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicU64, AtomicU8, Ordering::Relaxed};
use std::time::Duration;

use crate::objects::{ExcKind, PyErr, PyResult};

/// Set when the run loop must leave its fast path at its next check: by the Ctrl-C
/// handler, by a crossed limit, and for good while a step limit counts.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Ctrl-C was pressed since the last check.
static CTRL_C: AtomicBool = AtomicBool::new(false);

/// Which limit stopped the run (one of the `STOP_*` codes).
static STOPPED: AtomicU8 = AtomicU8::new(STOP_NONE);
const STOP_NONE: u8 = 0;
const STOP_STEPS: u8 = 1;
const STOP_TIMEOUT: u8 = 2;
const STOP_MEMORY: u8 = 3;

/// `--max-steps` (0: no limit) and the steps still allowed.
static MAX_STEPS: AtomicU64 = AtomicU64::new(0);
static STEPS_LEFT: AtomicU64 = AtomicU64::new(0);

/// `--timeout`, as the bits of an `f64` number of seconds.
static TIMEOUT: AtomicU64 = AtomicU64::new(0);

/// `--max-memory` in bytes (0: no limit), and the bytes allocated since it was set.
static MAX_MEMORY: AtomicIsize = AtomicIsize::new(0);
static IN_USE: AtomicIsize = AtomicIsize::new(0);

/// How long the watchdog waits, after the timeout, for the run loop to stop the run
/// before it ends the process itself (the program may be blocked in a read).
const TIMEOUT_GRACE: Duration = Duration::from_secs(1);

thread_local! {
    /// True while a fallible allocation ([`try_vec`] and friends) is being made: then
    /// a request beyond the memory limit fails (and becomes `MemoryError`) instead of
    /// stopping the run.
    static FALLIBLE: Cell<bool> = const { Cell::new(false) };
}

/// The slow path of `check_interrupt`: raises KeyboardInterrupt after Ctrl-C, counts
/// a step when a step limit is set, and raises the stop error once a limit is crossed.
#[cold]
#[inline(never)]
pub(super) fn interrupted() -> PyResult<()> {
    if STOPPED.load(Relaxed) != STOP_NONE {
        return Err(stop_error());
    }
    if MAX_STEPS.load(Relaxed) != 0 {
        let left = STEPS_LEFT.load(Relaxed);
        if left == 0 {
            stop(STOP_STEPS);
            return Err(stop_error());
        }
        STEPS_LEFT.store(left - 1, Relaxed);
    } else {
        INTERRUPTED.store(false, Relaxed);
    }
    if CTRL_C.swap(false, Relaxed) {
        return Err(PyErr::bare(ExcKind::KeyboardInterrupt));
    }
    Ok(())
}

/// Installs the Ctrl-C handler (once per process; later calls do nothing). The
/// handler only raises the flags; installed without `SA_RESTART` (as CPython installs
/// its own), the signal also interrupts a blocking read, which then raises
/// KeyboardInterrupt where it is retried ([`crate::vm::check_interrupt`]).
pub fn install_interrupt_handler() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        // SAFETY: a zeroed sigaction is a valid empty one; the handler only stores
        // to atomics, which is async-signal-safe.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
        }
        set_sigint_blocked(true);
    });
}

/// Makes the calling thread the one that receives SIGINT: the handler installed by
/// [`install_interrupt_handler`] blocks it in the thread that installs it and in
/// the threads that one starts afterwards, so only the thread running Python
/// (which calls this) has its blocking reads interrupted.
pub fn receive_interrupts_here() {
    set_sigint_blocked(false);
}

/// Blocks or unblocks SIGINT in the calling thread.
fn set_sigint_blocked(blocked: bool) {
    // SAFETY: a signal set built by sigemptyset/sigaddset, for this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        let how = if blocked {
            libc::SIG_BLOCK
        } else {
            libc::SIG_UNBLOCK
        };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// The SIGINT handler.
extern "C" fn on_sigint(_: libc::c_int) {
    CTRL_C.store(true, Relaxed);
    INTERRUPTED.store(true, Relaxed);
}

/// Records that a limit was crossed; the run loop raises the stop error at its next
/// check (no allocation here: the memory allocator calls it).
fn stop(code: u8) {
    let _ = STOPPED.compare_exchange(STOP_NONE, code, Relaxed, Relaxed);
    INTERRUPTED.store(true, Relaxed);
}

/// `--max-steps N`: stop the run after N steps (loop back-edges and calls); 0 sets
/// no limit.
pub fn set_max_steps(n: u64) {
    MAX_STEPS.store(n, Relaxed);
    STEPS_LEFT.store(n, Relaxed);
    INTERRUPTED.store(n != 0, Relaxed);
}

/// `--timeout S`: stop the run after S seconds of wall-clock time. A watchdog thread
/// raises the flag; if the program has not been stopped a moment later (it is blocked
/// reading input, say), the watchdog reports it and ends the process with status 1.
pub fn set_timeout(seconds: f64) {
    TIMEOUT.store(seconds.to_bits(), Relaxed);
    let Ok(wait) = Duration::try_from_secs_f64(seconds) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("genpy timeout".into())
        .spawn(move || {
            std::thread::sleep(wait);
            stop(STOP_TIMEOUT);
            std::thread::sleep(TIMEOUT_GRACE);
            super::output::write_stderr(&format!("{}\n", stop_message(STOP_TIMEOUT)));
            std::process::exit(1);
        });
}

/// `--max-memory MB`: stop the run once the interpreter's heap grows by more than MB
/// megabytes, and refuse (with `MemoryError`) a sized request that would cross it.
/// Counts only when [`CountingAlloc`] is the global allocator (the `genpy` binary).
pub fn set_max_memory(megabytes: u64) {
    let bytes = megabytes.saturating_mul(1 << 20).min(isize::MAX as u64) as isize;
    IN_USE.store(0, Relaxed);
    MAX_MEMORY.store(bytes.max(1), Relaxed);
}

/// Starts the limits afresh, for a process that runs many programs one after another
/// (the fuzz targets): forgets a limit that stopped the last run, gives the next one
/// its full step budget and counts its memory from zero.
pub fn restart() {
    STOPPED.store(STOP_NONE, Relaxed);
    CTRL_C.store(false, Relaxed);
    let steps = MAX_STEPS.load(Relaxed);
    STEPS_LEFT.store(steps, Relaxed);
    IN_USE.store(0, Relaxed);
    INTERRUPTED.store(steps != 0, Relaxed);
}

/// The message of the limit that stopped the run, if one did.
pub fn stopped() -> Option<String> {
    match STOPPED.load(Relaxed) {
        STOP_NONE => None,
        code => Some(stop_message(code)),
    }
}

fn stop_message(code: u8) -> String {
    let why = match code {
        STOP_STEPS => format!(
            "the program ran more than {} steps (--max-steps)",
            MAX_STEPS.load(Relaxed)
        ),
        STOP_TIMEOUT => format!(
            "the program ran longer than {} s (--timeout)",
            f64::from_bits(TIMEOUT.load(Relaxed))
        ),
        _ => format!(
            "the program used more than {} MB of memory (--max-memory)",
            MAX_MEMORY.load(Relaxed) >> 20
        ),
    };
    format!("genpy: stopped: {why}")
}

/// The exception that ends a stopped run: a `BaseException` (so `except Exception`
/// does not catch it) whose message is [`stopped`]'s.
fn stop_error() -> PyErr {
    PyErr::new(ExcKind::BaseException, stop_message(STOPPED.load(Relaxed)))
}

/// `MemoryError()`, as CPython raises it for a request it cannot meet.
pub fn memory_error() -> PyErr {
    PyErr::bare(ExcKind::MemoryError)
}

/// Runs `f` with requests beyond the memory limit failing instead of stopping the run.
fn fallible<R>(f: impl FnOnce() -> R) -> R {
    FALLIBLE.with(|c| c.set(true));
    let r = f();
    FALLIBLE.with(|c| c.set(false));
    r
}

/// An empty vector with room for `n` items, or `MemoryError` when that much memory
/// cannot be had (or would cross `--max-memory`).
pub fn try_vec<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    fallible(|| v.try_reserve_exact(n)).map_err(|_| memory_error())?;
    Ok(v)
}

/// An empty string with room for `n` bytes, or `MemoryError` (as [`try_vec`]).
pub fn try_string(n: usize) -> PyResult<String> {
    let mut s = String::new();
    fallible(|| s.try_reserve_exact(n)).map_err(|_| memory_error())?;
    Ok(s)
}

/// `n` zero bytes, or `MemoryError` (as [`try_vec`]). The memory comes zeroed from
/// the allocator, so pages are only touched when the program writes them (as
/// CPython's `calloc`).
pub fn try_zeroed(n: usize) -> PyResult<Vec<u8>> {
    if n == 0 {
        return Ok(Vec::new());
    }
    let layout = Layout::array::<u8>(n).map_err(|_| memory_error())?;
    // SAFETY: the layout has a non-zero size.
    let p = fallible(|| unsafe { std::alloc::alloc_zeroed(layout) });
    if p.is_null() {
        return Err(memory_error());
    }
    // SAFETY: `p` was allocated by the global allocator with the layout of `n` bytes,
    // all initialized (zero).
    Ok(unsafe { Vec::from_raw_parts(p, n, n) })
}

/// The allocator underneath [`CountingAlloc`].
static BASE: super::small_alloc::SmallAlloc = super::small_alloc::SmallAlloc;

/// The global allocator of the `genpy` binary: the small-block cache over the C
/// allocator ([`super::small_alloc`]), counting the bytes in use only while
/// `--max-memory` is set (otherwise one relaxed load per request). Past the limit, a
/// fallible request fails; any other one succeeds, and stops the run at the run
/// loop's next check.
pub struct CountingAlloc;

impl CountingAlloc {
    /// Counts `size` more bytes; false when a fallible request must fail instead.
    fn admit(limit: isize, size: usize) -> bool {
        let size = size as isize;
        let used = IN_USE.fetch_add(size, Relaxed).saturating_add(size);
        if used > limit {
            if FALLIBLE.try_with(Cell::get).unwrap_or(false) {
                IN_USE.fetch_sub(size, Relaxed);
                return false;
            }
            stop(STOP_MEMORY);
        }
        true
    }

    /// Counts a request that was given (`p` non-null) or undoes its admission.
    fn given(p: *mut u8, size: usize) -> *mut u8 {
        if p.is_null() {
            IN_USE.fetch_sub(size as isize, Relaxed);
        }
        p
    }
}

// SAFETY: every request is passed on unchanged to the small-block cache, or refused
// with a null pointer, as `GlobalAlloc` allows.
unsafe impl GlobalAlloc for CountingAlloc {
    #[inline(always)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let limit = MAX_MEMORY.load(Relaxed);
        if limit == 0 {
            return BASE.alloc(layout);
        }
        if !Self::admit(limit, layout.size()) {
            return std::ptr::null_mut();
        }
        Self::given(BASE.alloc(layout), layout.size())
    }

    #[inline(always)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let limit = MAX_MEMORY.load(Relaxed);
        if limit == 0 {
            return BASE.alloc_zeroed(layout);
        }
        if !Self::admit(limit, layout.size()) {
            return std::ptr::null_mut();
        }
        Self::given(BASE.alloc_zeroed(layout), layout.size())
    }

    #[inline(always)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if MAX_MEMORY.load(Relaxed) != 0 {
            IN_USE.fetch_sub(layout.size() as isize, Relaxed);
        }
        BASE.dealloc(ptr, layout)
    }

    #[inline(always)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let limit = MAX_MEMORY.load(Relaxed);
        if limit == 0 {
            return BASE.realloc(ptr, layout, new_size);
        }
        let old = layout.size();
        if new_size > old && !Self::admit(limit, new_size - old) {
            return std::ptr::null_mut();
        }
        let p = BASE.realloc(ptr, layout, new_size);
        match (p.is_null(), new_size > old) {
            (true, true) => {
                IN_USE.fetch_sub((new_size - old) as isize, Relaxed);
            }
            (false, false) => {
                IN_USE.fetch_sub((old - new_size) as isize, Relaxed);
            }
            _ => {}
        }
        p
    }
}
