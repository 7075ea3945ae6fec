//! genpy: a Python 3.11 subset interpreter built around generators.
//!
//! The layers, each naming only those before it (docs/architecture.md): [`source`] →
//! [`syntax`] (logos lexer, layout pass, lalrpop parser) → [`objects`] (values, classes,
//! the bytecode) → [`compile`] (symbol table, code generation) → [`vm`] (frames,
//! generators, exceptions) → [`builtins`]; then the front ends: [`diag`] renders errors,
//! [`repl`] is the interactive front end, [`teach`] the disassembler, and
//! [`Interpreter`] ties them together.

#![warn(missing_docs)]

pub mod builtins;
pub mod compile;
pub mod diag;
pub mod objects;
pub mod repl;
pub mod source;
pub mod syntax;
pub mod teach;
pub mod vm;

use crate::objects::{Globals, NameKeys};
use std::rc::Rc;

use objects::{ExcKind, PyErr, Value};
use vm::output::Output;
use vm::Vm;

/// Stack size of the interpreter thread (the `genpy` binary's and the fuzz targets'):
/// deep (but legal) nesting in the parser, compiler and native callbacks must never
/// overflow the Rust stack. Their depths
/// are bounded (`syntax::limits::MAX_DEPTH` AST levels, the VM's `MAX_NATIVE_DEPTH`
/// native levels), and 256 MiB holds them with room to spare even in a debug build,
/// while leaving the process able to run under a 1 GB address-space limit.
pub const STACK_SIZE: usize = 1 << 28;

/// A VM with everything a program sees installed: the builtins, and the front end's
/// printer of unraisable exceptions. Unit tests of the lower layers build theirs here,
/// so that they need not name the layers above them.
pub(crate) fn build_vm(argv: Vec<String>, out: Output) -> Vm {
    let mut vm = Vm::new(argv, out);
    builtins::install(&mut vm);
    vm.unraisable_hook = diag::traceback::print_unraisable;
    vm.format_exception_hook = diag::traceback::format_for_module;
    vm
}

/// Why running some source did not complete normally.
#[derive(Debug)]
pub enum RunError {
    /// The source did not parse or compile; the text is the rendered diagnostic.
    Syntax(String),
    /// An uncaught exception; the text is the full traceback.
    Exception(String),
    /// An uncaught KeyboardInterrupt (exit status 130, as CPython's); the traceback.
    Interrupted(String),
    /// `SystemExit` with this status, as C's `exit()` gets it (the OS keeps its low 8
    /// bits); its message, if any, already printed.
    Exit(i32),
}

/// The report of a run stopped by a sandbox limit: the traceback of where it was,
/// with the limit's message `why` in place of the exception's last line.
fn stopped_report(traceback: &str, why: &str) -> String {
    let body = traceback.trim_end_matches('\n');
    let body = body.rfind('\n').map_or("", |at| &body[..=at]);
    format!("{body}{why}\n")
}

/// An interpreter with one `__main__` namespace, for scripts, `-c` and the REPL.
pub struct Interpreter {
    vm: Vm,
    globals: Globals,
}

impl Interpreter {
    /// An interpreter writing to stdout, with `sys.argv` set to `argv`.
    pub fn new(argv: Vec<String>) -> Interpreter {
        Interpreter::with_output(argv, Output::new())
    }

    /// An interpreter with the given output (e.g. `Output::captured()`).
    pub fn with_output(argv: Vec<String>, out: Output) -> Interpreter {
        let mut vm = build_vm(argv, out);
        let globals = objects::globals::globals_of([
            ("__name__", Value::str("__main__")),
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__spec__", Value::None),
        ]);
        let main = Value::Module(Rc::new(objects::Module {
            name: "__main__".into(),
            dict: globals.clone(),
        }));
        vm.add_module("__main__", main);
        Interpreter { vm, globals }
    }

    /// Compiles source text into a module code object (`mode` as for `compile()`).
    pub fn compile(
        &self,
        text: &str,
        filename: &str,
        mode: compile::Mode,
    ) -> Result<Rc<objects::code::Code>, RunError> {
        compile::compile_source(text, filename, mode)
            .map_err(|e| RunError::Syntax(diag::render_source_error(&e)))
    }

    /// Ignores `PYTHON*` environment variables (`genpy -E`): `sys.path` without
    /// `PYTHONPATH`. Call it before [`Interpreter::set_main_file`].
    pub fn ignore_environment(&mut self) {
        self.vm.ignore_environment();
    }

    /// Installs (or with None removes) a generator observer (`genpy trace`).
    pub fn set_observer(&mut self, observer: Option<Box<dyn vm::observe::GenObserver>>) {
        self.vm.set_observer(observer);
    }

    /// Writes stdout unbuffered (`genpy -u`).
    pub fn set_unbuffered(&mut self) {
        self.vm.out.set_unbuffered();
    }

    /// Sets `__file__` in `__main__` (the script's path) and makes the script's
    /// directory the first entry of `sys.path`.
    pub fn set_main_file(&mut self, path: &str) {
        self.globals
            .borrow_mut()
            .set_name("__file__", Value::str(path));
        let dir = std::path::Path::new(path)
            .parent()
            .map_or(String::new(), |d| d.display().to_string());
        self.set_sys_item("path", 0, &dir);
    }

    /// Sets item `i` of the list `sys.NAME` (`sys.path[0]`, `sys.argv[0]`).
    fn set_sys_item(&mut self, name: &str, i: usize, value: &str) {
        if let Some(Value::List(l)) = self.vm.sys_dict.borrow().get_name(name) {
            if let Some(item) = l.borrow_mut().get_mut(i) {
                *item = Value::str(value);
            }
        }
    }

    /// `genpy -m NAME`: finds module `NAME` (importing its parent packages; a package
    /// runs its `__main__` submodule) and runs it as `__main__`, with the current
    /// directory first in `sys.path` and the file's path as `sys.argv[0]`, as CPython
    /// does.
    pub fn run_main_module(&mut self, name: &str) -> Result<(), RunError> {
        let cwd = std::env::current_dir().unwrap_or_default();
        self.set_sys_item("path", 0, &cwd.display().to_string());
        let found = match self.vm.find_main_module(name) {
            Ok(found) => found,
            Err(e) if e.matches(ExcKind::ImportError) => {
                let msg = self.vm.exception_str(&e).unwrap_or_default();
                return Err(RunError::Exception(format!("genpy: {msg}\n")));
            }
            Err(e) => return Err(self.exception_to_error(e)),
        };
        let file = found.file.display().to_string();
        let bytes = std::fs::read(&found.file)
            .map_err(|e| RunError::Exception(format!("genpy: can't read {file}: {e}\n")))?;
        let text = source::encoding::decode(&bytes)
            .map_err(|e| RunError::Exception(format!("SyntaxError: {}\n", e.message(&file))))?;
        self.set_sys_item("argv", 0, &file);
        {
            let mut g = self.globals.borrow_mut();
            g.set_name("__file__", Value::str(&file));
            g.set_name("__package__", Value::str(&found.package));
        }
        self.run_source(&text, &file)
    }

    /// Runs a whole file (or `-c` string) in `__main__`.
    pub fn run_source(&mut self, text: &str, filename: &str) -> Result<(), RunError> {
        let code = self.compile(text, filename, compile::Mode::Exec)?;
        self.run_code(code)
    }

    /// Runs one REPL input: expression statements print their repr.
    pub fn run_interactive(&mut self, text: &str) -> Result<(), RunError> {
        let code = self.compile(text, "<stdin>", compile::Mode::Interactive)?;
        self.run_code(code)
    }

    /// Evaluates one expression in `__main__` (how the REPL's `:` commands find the
    /// value they are about).
    pub fn evaluate(&mut self, expr: &str) -> Result<Value, RunError> {
        let code = self.compile(expr.trim(), "<stdin>", compile::Mode::Eval)?;
        let r = self.vm.run_module(code, self.globals.clone());
        self.vm.frames.clear();
        r.map_err(|e| self.exception_to_error(e))
    }

    fn run_code(&mut self, code: Rc<objects::code::Code>) -> Result<(), RunError> {
        let r = self.vm.run_module(code, self.globals.clone());
        self.vm.frames.clear();
        match r {
            Ok(_) => Ok(()),
            Err(e) => Err(self.exception_to_error(e)),
        }
    }

    fn exception_to_error(&mut self, e: PyErr) -> RunError {
        self.vm.out.flush();
        if e.matches(ExcKind::SystemExit) {
            let code = e.data().args.first().cloned().unwrap_or_default();
            return RunError::Exit(match code {
                Value::None => 0,
                // CPython's `(int)PyLong_AsLong(code)`: truncated to a C int, and -1
                // when it does not fit a C long; the OS keeps the low 8 bits.
                Value::Int(i) => i as i32,
                Value::BigInt(_) => -1,
                Value::Bool(b) => b as i32,
                other => {
                    let msg = self.vm.str_of(&other).unwrap_or_default();
                    vm::output::write_stderr(&format!("{msg}\n"));
                    1
                }
            });
        }
        let text = diag::traceback::format_exception(&mut self.vm, &e);
        if let Some(why) = vm::limits::stopped() {
            return RunError::Exception(stopped_report(&text, &why));
        }
        if e.matches(ExcKind::KeyboardInterrupt) {
            return RunError::Interrupted(text);
        }
        RunError::Exception(text)
    }

    /// Interpreter shutdown, as CPython does it: clear `__main__`'s globals (names with
    /// a leading underscore first, then the rest, in insertion order), which closes
    /// generators still alive, collect the cycles left (finalizing what they hold),
    /// then flush stdout. Returns false when stdout (or text without a newline for
    /// stderr) could not be written (then the process exits with status 120, as
    /// CPython's does), after reporting it as CPython does.
    pub fn finish(&mut self) -> bool {
        self.run_atexit_callbacks();
        let names: Vec<Rc<str>> = self
            .globals
            .borrow()
            .names()
            .map(|(k, _)| k.into())
            .collect();
        let (under, rest): (Vec<_>, Vec<_>) = names
            .into_iter()
            .partition(|n| n.starts_with('_') && !n.starts_with("__"));
        for n in under.into_iter().chain(rest) {
            if &*n == "__builtins__" {
                continue;
            }
            let old = self.globals.borrow_mut().set_name(&n, Value::None);
            drop(old);
            self.vm.close_pending();
        }
        self.vm.close_pending();
        // CPython's last collection: cycles still alive are finalized too.
        self.vm.collect_garbage(2);
        self.vm.out.flush();
        match self.vm.out.take_error() {
            None => !self.vm.out.stderr_lost(),
            Some(e) => {
                let err = builtins::oserror::from_io(&e, None, None);
                let stdout = "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>";
                diag::traceback::print_unraisable(&mut self.vm, stdout, &err);
                false
            }
        }
    }

    /// Runs the functions registered with `atexit`, if the program imported it, last
    /// registered first; an exception in one is reported as CPython reports it (its
    /// traceback starting in the callback) and the others still run.
    fn run_atexit_callbacks(&mut self) {
        let module = self.vm.modules.borrow().get_name("atexit").cloned();
        let Some(module) = module else { return };
        let Ok(pop) = self.vm.get_attr(&module, "_pop_callback") else {
            return;
        };
        while let Ok(Value::Tuple(entry)) = self.vm.call(&pop, vec![], vec![]) {
            let [func, Value::Tuple(args), Value::Dict(kwargs)] = &entry[..] else {
                return;
            };
            let kwargs = kwargs
                .borrow()
                .iter()
                .filter_map(|(k, v)| Some((Rc::from(k.value.as_str()?), v.clone())))
                .collect();
            if let Err(e) = self.vm.call(func, args.to_vec(), kwargs) {
                if !e.matches(ExcKind::SystemExit) {
                    let heading = match self.vm.repr(func) {
                        Ok(r) => format!("Exception ignored in atexit callback: {r}"),
                        Err(_) => "Exception ignored in atexit callback".to_string(),
                    };
                    diag::traceback::print_ignored(&mut self.vm, &heading, &e);
                }
            }
        }
    }

    /// Flushes buffered stdout.
    pub fn flush(&mut self) {
        self.vm.out.flush();
    }

    /// Takes what a captured output holds.
    pub fn take_output(&mut self) -> String {
        self.vm.out.take_captured()
    }
}
