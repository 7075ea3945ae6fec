//! The virtual machine: one run loop over an explicit stack of frames (no Rust
//! recursion for Python calls or generator resumption), plus the operations the loop
//! needs on values. See docs/architecture.md.

pub mod asyncgen;
pub mod attr;
mod attr_cache;
pub mod call;
pub mod classes;
mod collections;
pub mod consume;
pub mod coroutine;
mod docs;
pub mod except_star;
mod frameobj;
mod gc;
pub mod generator;
mod hashing;
pub mod import;
pub mod iterate;
pub mod limits;
pub mod mappingproxy;
mod names;
pub mod observe;
pub mod ops;
pub mod output;
pub mod repr;
mod run;
pub mod small_alloc;
pub mod subscr;
pub mod unwind;

use std::rc::Rc;

use crate::objects::frame::{Deliver, Frame, Outcome};
use output::Output;

use crate::objects::class::Types;
use crate::objects::code::Code;
use crate::objects::globals::globals_of;
use crate::objects::{ExcKind, Globals, PyErr, PyResult, Value};

pub use limits::{install_interrupt_handler, receive_interrupts_here};

/// Raises KeyboardInterrupt when Ctrl-C was pressed since the last check, and stops
/// the run when a sandbox limit is crossed (see [`limits`]). A plain load first: an
/// atomic swap on every check would cost more.
#[inline(always)]
pub fn check_interrupt() -> PyResult<()> {
    if interrupt_raised() {
        return limits::interrupted();
    }
    Ok(())
}

/// True when the run loop must leave its fast path at this check (see [`limits`]).
#[inline(always)]
pub(crate) fn interrupt_raised() -> bool {
    limits::INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Grows `locals` to `n` unbound slots (a plain push loop: `resize` would clone).
#[inline]
pub(crate) fn fill_unbound(locals: &mut Vec<Value>, n: usize) {
    locals.reserve(n.saturating_sub(locals.len()));
    while locals.len() < n {
        locals.push(Value::Undef);
    }
}

/// `RecursionError: maximum recursion depth exceeded`, then what was being done
/// (`" in comparison"`, as CPython words it).
fn recursion_error(what: &str) -> PyErr {
    PyErr::new(
        ExcKind::RecursionError,
        format!("maximum recursion depth exceeded{what}"),
    )
}

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Nested Rust-level run loops allowed (native code calling back into Python).
const MAX_NATIVE_DEPTH: usize = 2000;

/// The interpreter state.
pub struct Vm {
    /// The frame stack; the last frame is running. Frames are boxed so a generator's
    /// frame moves between this stack and the generator by pointer (O(1)).
    #[allow(clippy::vec_box)]
    pub frames: Vec<Box<Frame>>,
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
    /// The `builtins` namespace (the `builtins` module's dict).
    pub builtins: Globals,
    /// `sys.modules`: the modules imported so far, by name (shared with `sys`).
    pub modules: Rc<crate::objects::DictData>,
    /// The `sys` module's namespace, created with the VM: the import system reads
    /// `sys.path` there (so that programs may change or rebind it).
    pub sys_dict: Globals,
    /// The built-in modules `import` can find (filled by whoever installs them).
    builtin_modules: Vec<import::BuiltinModule>,
    /// The registry of Python-written standard-library modules.
    frozen_modules: Vec<import::FrozenModule>,
    /// The modules whose code is running (partially initialised), innermost last.
    initializing: Vec<Rc<str>>,
    /// The built-in types (the thread's registry, held here so that hot lookups
    /// need no thread-local access).
    pub types: Rc<Types>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    native_depth: usize,
    /// Bumped whenever a key is removed from a dict that may be a module's globals
    /// (invalidates cached builtin lookups: `Vm::dict_shrunk`).
    pub globals_epoch: u32,
    /// Buffered stdout.
    pub out: Output,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Reports an exception that cannot propagate (one escaping a generator's
    /// finalization), given what it was raised in: CPython's `sys.unraisablehook`.
    pub unraisable_hook: UnraisableHook,
    /// Formats an exception as the front end prints it uncaught (the `traceback`
    /// module's text).
    pub format_exception_hook: FormatExceptionHook,
    /// The documentation of native functions and types (registered by the builtins).
    pub native_docs: docs::NativeDocs,
    /// The generator observer, if a teaching view installed one.
    observer: Option<Box<dyn observe::GenObserver>>,
    /// The deliveries of the observed generator runs going on (`observe.rs`).
    observed_runs: Vec<observe::ObservedRun>,
    /// The generators native consumers are driving, innermost last (`consume.rs`).
    consumers: Vec<consume::Consuming>,
}

/// A reporter of unraisable exceptions: the VM, a description of the object the
/// exception was raised in (`<generator object g at 0x...>`), and the exception.
pub type UnraisableHook = fn(&mut Vm, &str, &PyErr);

/// A formatter of exceptions: the VM, the exception, and what to format.
pub type FormatExceptionHook = fn(&mut Vm, &PyErr, &ExceptionFormat) -> String;

/// What an exception formatter writes (the arguments of `traceback.format_exception`).
#[derive(Clone, Copy, Debug)]
pub struct ExceptionFormat {
    /// Only the final `Type: message` part (`traceback.format_exception_only`).
    pub only: bool,
    /// How many frames of each traceback: the outermost `n` if positive, the
    /// innermost `-n` if negative; all if None.
    pub limit: Option<i64>,
    /// Whether the exceptions it was chained to come first.
    pub chain: bool,
}

/// The exception formatter of a VM with no front end to format tracebacks: the
/// exception's `Type: message` line alone.
fn format_exception_briefly(vm: &mut Vm, err: &PyErr, _: &ExceptionFormat) -> String {
    let name = err.class().name.clone();
    match vm.exception_str(err).unwrap_or_default() {
        msg if msg.is_empty() => format!("{name}\n"),
        msg => format!("{name}: {msg}\n"),
    }
}

/// The unraisable hook of a VM with no front end to format tracebacks: the object
/// and the exception's `Type: message` line, on stderr.
fn report_unraisable_briefly(vm: &mut Vm, what: &str, err: &PyErr) {
    vm.out.flush();
    let only = ExceptionFormat {
        only: true,
        limit: None,
        chain: false,
    };
    let line = format_exception_briefly(vm, err, &only);
    output::write_stderr(&format!("Exception ignored in: {what}\n{line}"));
}

impl Vm {
    /// A fresh interpreter with an empty builtins namespace: whoever builds the
    /// interpreter installs the builtins (`Interpreter` does).
    pub fn new(argv: Vec<String>, out: Output) -> Vm {
        gc::install();
        let modules = import::new_modules();
        let sys_dict = globals_of([
            ("path", Value::list(import::initial_path(true))),
            ("modules", Value::Dict(modules.clone())),
        ]);
        Vm {
            frames: Vec::with_capacity(64),
            frame_pool: Vec::new(),
            builtins: Globals::default(),
            modules,
            sys_dict,
            builtin_modules: Vec::new(),
            frozen_modules: Vec::new(),
            initializing: Vec::new(),
            types: crate::objects::class::types(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            globals_epoch: 0,
            out,
            argv,
            unraisable_hook: report_unraisable_briefly,
            format_exception_hook: format_exception_briefly,
            native_docs: &[],
            observer: None,
            observed_runs: Vec::new(),
            consumers: Vec::new(),
        }
    }

    /// Runs module-level code in `globals`.
    pub fn run_module(&mut self, code: Rc<Code>, globals: Globals) -> PyResult<Value> {
        self.run_code_in(code, globals, None)
    }

    /// Runs module-level code in `globals`, storing and reading its names first in
    /// the mapping `locals` when there is one (`exec(code, g, l)`).
    pub fn run_code_in(
        &mut self,
        code: Rc<Code>,
        globals: Globals,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        let mut frame = self.new_frame(code, globals);
        frame.deliver = Deliver::Native;
        frame.class_mapping = locals;
        let base = self.frames.len();
        self.push_frame(frame)?;
        let r = self.run_nested(base);
        self.close_pending();
        match r? {
            Outcome::Returned(v) | Outcome::Yielded(v) => Ok(v),
        }
    }

    /// A frame for `code`, reusing a recycled allocation when one is free.
    #[inline]
    pub fn new_frame(&mut self, code: Rc<Code>, globals: Globals) -> Box<Frame> {
        let n = code.varnames.len();
        let mut f = self.new_frame_empty(code, globals);
        fill_unbound(&mut f.locals, n);
        f
    }

    /// A frame whose locals are still empty (the caller fills them).
    #[inline]
    pub fn new_frame_empty(&mut self, code: Rc<Code>, globals: Globals) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.code = code;
                f.globals = globals;
                f.ip = 0;
                f.deliver = Deliver::Call;
                f
            }
            None => Box::new(Frame::new(code, globals)),
        }
    }

    /// Returns a finished frame's allocation to the pool.
    pub(crate) fn recycle(&mut self, mut f: Box<Frame>) {
        // A frame object is rare: one test per return when there is none.
        if f.obj.is_some() {
            self.end_frame_object(&mut f);
        }
        if self.frame_pool.len() < 32 {
            f.stack.clear();
            f.locals.clear();
            f.cells.clear();
            f.class_ns = None;
            f.class_mapping = None;
            f.locals_dict = None;
            f.handled = None;
            f.gen = None;
            // A pooled frame must not keep its namespace alive (an exec dict and what it
            // holds would outlive the program's last reference until the next call).
            f.globals = self.builtins.clone();
            self.frame_pool.push(f);
        }
    }

    /// Pushes a frame, raising RecursionError past the recursion limit. A refused
    /// generator frame is dropped without running and its generator is finished, as
    /// CPython clears a generator whose frame the limit refuses.
    #[inline]
    pub fn push_frame(&mut self, mut frame: Box<Frame>) -> PyResult<()> {
        if let Err(e) = self.check_recursion() {
            frame.end_generator();
            return Err(e);
        }
        self.frames.push(frame);
        Ok(())
    }

    /// RecursionError when one more frame would pass the recursion limit.
    #[inline]
    pub fn check_recursion(&self) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(recursion_error(""));
        }
        Ok(())
    }

    /// Runs the loop until the frame at index `base` (pushed with `Deliver::Native`)
    /// finishes.
    pub fn run_nested(&mut self, base: usize) -> PyResult<Outcome> {
        self.run_nested_from(base, None)
    }

    /// Like `run_nested`, but starts by raising `err` in the top frame.
    pub fn run_nested_with_error(&mut self, base: usize, err: PyErr) -> PyResult<Outcome> {
        self.run_nested_from(base, Some(err))
    }

    /// The one nested entry into the run loop, counting Rust-level depth.
    fn run_nested_from(&mut self, base: usize, pending: Option<PyErr>) -> PyResult<Outcome> {
        if let Err(e) = self.descend(MAX_NATIVE_DEPTH, "") {
            self.unwind_to(base);
            return Err(e);
        }
        let r = self.run(base, pending);
        self.native_depth -= 1;
        r
    }

    /// Runs `f` one level deeper in a recursive native path (comparing, or taking the
    /// repr of, nested containers; calling an object through its `__call__`), which
    /// counts in the same depth as nested run loops. Like CPython's C recursion check
    /// it counts against the recursion limit together with the Python frames, and
    /// raises `RecursionError: maximum recursion depth exceeded{what}` past it (or
    /// past `MAX_NATIVE_DEPTH`, whatever the limit, so the Rust stack cannot overflow).
    pub fn nested<T>(&mut self, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        let room = self.recursion_limit.saturating_sub(self.frames.len());
        self.descend(MAX_NATIVE_DEPTH.min(room), what)?;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    /// Counts one more native level, refusing past `limit`.
    fn descend(&mut self, limit: usize, what: &str) -> PyResult<()> {
        if self.native_depth >= limit {
            return Err(recursion_error(what));
        }
        self.native_depth += 1;
        Ok(())
    }

    /// Drops frames above `base` (after a RecursionError before running them).
    fn unwind_to(&mut self, base: usize) {
        while self.frames.len() > base {
            if let Some(mut f) = self.frames.pop() {
                f.end_generator();
            }
        }
    }

    /// Writes text to stdout (print, sys.stdout.write): OSError when the flush it
    /// caused failed, as CPython's print raises it.
    pub fn write_out(&mut self, s: &str) -> PyResult<()> {
        self.out
            .write_str(s)
            .map_err(|e| crate::objects::oserror::from_io(&e, None, None))
    }
}
