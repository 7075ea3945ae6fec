//! Raising and unwinding: the exception table lookup, traceback entries, `__context__`
//! and `__cause__`, PEP 479, and CPython's traceback text.

use std::rc::Rc;

use super::Vm;
use crate::objects::exc::TbEntry;
use crate::objects::frame::Deliver;
use crate::objects::{ExcKind, PyErr, PyResult, Value};

impl Vm {
    /// Unwinds from the top frame: jumps to a handler if one covers the failing op,
    /// else ends the frame and continues in whoever resumed it. Returns `Err` when the
    /// exception leaves the nested run loop (a `Deliver::Native` frame ended).
    pub(super) fn unwind(&mut self, mut err: PyErr, mut fresh: bool) -> PyResult<()> {
        if fresh {
            self.set_context(&err);
        }
        loop {
            let frame = self.frames.last_mut().expect("frame to unwind");
            if fresh {
                let span = frame
                    .code
                    .spans
                    .get(frame.current_op())
                    .copied()
                    .unwrap_or_default();
                err.data_mut().traceback.push(TbEntry {
                    code: frame.code.clone(),
                    span,
                    keep_alive: Vec::new(),
                });
            }
            fresh = true;
            if frame.ip > 0 {
                if let Some(h) = frame.code.handler_for(frame.current_op()) {
                    frame.stack.truncate(h.depth as usize);
                    frame.stack.push(err.value());
                    frame.ip = h.target as usize;
                    return Ok(());
                }
            }
            let mut frame = self.frames.pop().expect("frame");
            let deliver = std::mem::replace(&mut frame.deliver, Deliver::Call);
            if let Some(tb) = err.data_mut().traceback.last_mut() {
                tb.keep_alive.append(&mut frame.locals);
                tb.keep_alive.extend(frame.cells.drain(..).map(Value::Cell));
            }
            if frame.end_generator() && err.matches(ExcKind::StopIteration) {
                err = pep479(err);
            }
            self.recycle(frame);
            if let Deliver::Native = deliver {
                return Err(err);
            }
            match self.deliver_error(&deliver, err) {
                Ok(()) => return Ok(()),
                Err(e) => err = e,
            }
        }
    }

    /// The exception being handled by the innermost frame handling one.
    pub fn current_handled(&self) -> Option<PyErr> {
        self.frames.iter().rev().find_map(|f| f.handled.clone())
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn set_context(&self, err: &PyErr) {
        if err.data().context.is_some() {
            return;
        }
        if let Some(h) = self.current_handled() {
            if !Rc::ptr_eq(&h.0, &err.0) {
                err.data_mut().context = Some(h.value());
            }
        }
    }

    /// `raise` / `raise exc` / `raise exc from cause`.
    pub(super) fn raise_op(&mut self, n: u32) -> (PyErr, bool) {
        let r: PyResult<PyErr> = (|| {
            if n == 0 {
                return self.current_handled().ok_or_else(|| {
                    PyErr::new(ExcKind::RuntimeError, "No active exception to reraise")
                });
            }
            let frame = self.frames.last_mut().expect("frame");
            let cause = if n == 2 { frame.stack.pop() } else { None };
            let exc = frame.stack.pop().expect("exception");
            let err = self.make_exception(exc)?;
            if let Some(c) = cause {
                let cause = match c {
                    Value::None => None,
                    other => Some(self.make_exception(other)?.value()),
                };
                let mut d = err.data_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
            Ok(err)
        })();
        match r {
            Ok(e) if n == 0 => (e, false),
            Ok(e) | Err(e) => (e, true),
        }
    }

    /// The exception `raise v` raises: an instance as is, a class instantiated.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Class(c) if c.exc_kind.is_some() => self.new_exception_instance(c, vec![]),
            _ => PyErr::from_value(&v).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    "exceptions must derive from BaseException",
                )
            }),
        }
    }

    /// `except typ:` matching (a class or a tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let Value::Instance(inst) = exc else {
            return Ok(false);
        };
        match typ {
            Value::Class(c) if c.exc_kind.is_some() => Ok(inst.class.is_subclass(c)),
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// NameError for a free variable read before assignment.
    pub(super) fn unbound_deref(&self, i: usize) -> PyErr {
        let code = &self.frames.last().expect("frame").code;
        let name = if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        };
        if i < code.cellvars.len() {
            PyErr::new(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            PyErr::new(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// `LoadGlobal`: globals, then builtins, through the per-name cache.
    #[inline]
    pub(super) fn load_global(&self, i: u32) -> PyResult<Value> {
        let frame = self.frames.last().expect("frame");
        let code = &frame.code;
        let name = &code.names[i as usize];
        let cache = &code.global_cache[i as usize];
        let globals = frame.globals.borrow();
        if let Some((k, v)) = globals.get_index(cache.slot.get() as usize) {
            if Rc::ptr_eq(k, name) || **k == **name {
                return Ok(v.clone());
            }
        }
        if cache.builtin_len.get() == globals.len() as u32 + 1
            && cache.epoch.get() == self.globals_epoch
        {
            if let Some((_, v)) = self
                .builtins
                .borrow()
                .get_index(cache.builtin_slot.get() as usize)
            {
                return Ok(v.clone());
            }
        }
        if let Some((idx, _, v)) = globals.get_full(&**name) {
            cache.slot.set(idx as u32);
            return Ok(v.clone());
        }
        match self.builtins.borrow().get_full(&**name) {
            Some((idx, _, v)) => {
                cache.builtin_slot.set(idx as u32);
                cache.builtin_len.set(globals.len() as u32 + 1);
                cache.epoch.set(self.globals_epoch);
                Ok(v.clone())
            }
            None => Err(self.name_error(name)),
        }
    }

    /// `NameError: name 'x' is not defined`, with CPython's suggestion from the
    /// running frame's locals, then its globals, then the builtins.
    pub fn name_error(&self, name: &str) -> PyErr {
        let err = super::run::name_error(name);
        let Some(frame) = self.frames.last() else {
            return err;
        };
        let locals: Vec<&str> =
            if frame.class_ns.is_some() || frame.code.name.as_ref() == "<module>" {
                Vec::new()
            } else {
                let code = &frame.code;
                let bound = code
                    .varnames
                    .iter()
                    .zip(&frame.locals)
                    .filter(|(_, v)| !matches!(v, Value::Undef))
                    .map(|(n, _)| &**n);
                let cells = code.cellvars.iter().chain(&code.freevars).map(|n| &**n);
                bound.chain(cells).collect()
            };
        let globals = frame.globals.borrow();
        let globals: Vec<&str> = globals.keys().map(|k| &**k).collect();
        let builtins = self.builtins.borrow();
        let builtins: Vec<&str> = builtins.keys().map(|k| &**k).collect();
        let found = [locals, globals, builtins]
            .iter()
            .find_map(|names| crate::diag::suggest::suggest(name, names).map(str::to_string));
        err.data_mut().suggestion = found;
        err
    }

    /// Builtin lookup after a global miss (`LoadName`).
    pub(super) fn load_builtin(&self, i: u32) -> PyResult<Value> {
        let frame = self.frames.last().expect("frame");
        let name = &frame.code.names[i as usize];
        self.builtins
            .borrow()
            .get(&**name)
            .cloned()
            .ok_or_else(|| self.name_error(name))
    }

    /// Class-body lookup: class namespace, globals, builtins.
    pub(super) fn load_name(&self, i: u32) -> PyResult<Value> {
        let frame = self.frames.last().expect("frame");
        let name = &frame.code.names[i as usize];
        if let Some(ns) = &frame.class_ns {
            if let Some(v) = ns.borrow().get(&**name) {
                return Ok(v.clone());
            }
        }
        if let Some(v) = frame.globals.borrow().get(&**name) {
            return Ok(v.clone());
        }
        self.load_builtin(i)
    }

    /// Formats an exception as CPython prints it uncaught: chained causes and contexts
    /// first, then `Traceback (most recent call last):`, the frames, `Type: message`.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let data = err.data().clone();
        if let Some(cause) = data.cause.as_ref().and_then(PyErr::from_value) {
            out.push_str(&self.format_exception(&cause));
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(ctx) = data
            .context
            .as_ref()
            .and_then(PyErr::from_value)
            .filter(|_| !data.suppress_context)
        {
            out.push_str(&self.format_exception(&ctx));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        if !data.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&format_traceback(&data.traceback));
        }
        if let Some(hint) = help_for(&self.exception_line(err)) {
            out.push_str(&format!("  help: {hint}\n"));
        }
        out.push_str(&self.exception_line(err));
        out.push('\n');
        out
    }

    /// The final `Type: message` line.
    pub fn exception_line(&mut self, err: &PyErr) -> String {
        let name = err.class().name.clone();
        let msg = self.exception_str(err).unwrap_or_default();
        let suggestion = match &err.data().suggestion {
            Some(s) => Some(s.clone()),
            None if err.matches(ExcKind::AttributeError) => super::attr::attribute_suggestion(err),
            None => None,
        };
        let hint = suggestion.map_or(String::new(), |s| format!(". Did you mean: '{s}'?"));
        if msg.is_empty() {
            format!("{name}{hint}")
        } else {
            format!("{name}: {msg}{hint}")
        }
    }

    /// `str(exc)`.
    pub fn exception_str(&mut self, err: &PyErr) -> PyResult<String> {
        if let Some(Value::Function(_)) = err.class().lookup("__str__") {
            return self.str_of(&err.value());
        }
        self.exception_base_str(err)
    }

    /// `BaseException.__str__`: from the args, ignoring any override.
    pub fn exception_base_str(&mut self, err: &PyErr) -> PyResult<String> {
        let args = err.data().args.clone();
        if let (true, [errno, msg]) = (err.matches(ExcKind::OSError), args.as_slice()) {
            let filename = err.0.dict.borrow().get("filename").cloned();
            let (errno, msg) = (self.str_of(errno)?, self.str_of(msg)?);
            return Ok(match filename {
                Some(f) => format!("[Errno {errno}] {msg}: {}", self.repr(&f)?),
                None => format!("[Errno {errno}] {msg}"),
            });
        }
        match args.as_slice() {
            [] => Ok(String::new()),
            [a] if err.matches(ExcKind::KeyError) => self.repr(a),
            [a] => self.str_of(a),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// Prints an exception raised where it cannot propagate (generator finalization).
    pub fn print_unraisable(&mut self, what: &str, err: &PyErr) {
        self.out.flush();
        let text = self.format_exception(err);
        eprint!("Exception ignored in: {what}\n{text}");
    }
}

/// genpy's advice for the generator errors people meet most, printed just above the
/// final line (which stays exactly CPython's).
fn help_for(line: &str) -> Option<&'static str> {
    Some(match line {
        "TypeError: can't send non-None value to a just-started generator" => {
            "call next(g) or g.send(None) first, to run the generator to its first yield"
        }
        "ValueError: generator already executing" => {
            "a generator cannot resume itself: code running inside it called next(), send() or throw() on it"
        }
        "RuntimeError: generator ignored GeneratorExit" => {
            "after close() a generator must not yield again: return, or let GeneratorExit propagate"
        }
        "RuntimeError: generator raised StopIteration" => {
            "inside a generator, write `return` (or `return value`) instead of raising StopIteration (PEP 479)"
        }
        "RecursionError: maximum recursion depth exceeded" => {
            "raise the limit with sys.setrecursionlimit(n): genpy's calls and generators do not use the machine stack"
        }
        _ => return None,
    })
}

/// PEP 479: a StopIteration escaping a generator body becomes a RuntimeError.
pub(super) fn pep479(err: PyErr) -> PyErr {
    let new = PyErr::new(ExcKind::RuntimeError, "generator raised StopIteration");
    {
        let mut d = new.data_mut();
        d.cause = Some(err.value());
        d.context = Some(err.value());
        d.suppress_context = true;
    }
    new
}

/// The traceback entries, outermost first. Like CPython, a run of more than three
/// identical entries (deep recursion) prints three and `[Previous line repeated N more
/// times]`.
fn format_traceback(entries: &[TbEntry]) -> String {
    let key = |tb: &TbEntry| (Rc::as_ptr(&tb.code), tb.code.source.line_of(tb.span.start));
    let mut out = String::new();
    let mut last = None;
    let mut count = 0;
    let flush = |out: &mut String, count: usize| {
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for tb in entries.iter().rev() {
        let k = key(tb);
        if Some(k) == last {
            count += 1;
        } else {
            flush(&mut out, count);
            last = Some(k);
            count = 1;
        }
        if count <= 3 {
            out.push_str(&format_tb_entry(tb));
        }
    }
    flush(&mut out, count);
    out
}

/// One `File "...", line N, in NAME` entry with its source line and carets.
pub fn format_tb_entry(tb: &TbEntry) -> String {
    let src = &tb.code.source;
    let line = src.line_of(tb.span.start);
    let mut out = format!(
        "  File \"{}\", line {}, in {}\n",
        src.name, line, tb.code.name
    );
    let text = src.line_text(line);
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let indent = text.len() - trimmed.len();
        let line_start = src.line_start(line);
        let start = (tb.span.start as usize).saturating_sub(line_start);
        let end = (tb.span.end as usize)
            .saturating_sub(line_start)
            .min(text.trim_end().len());
        // Like CPython, point at a sub-expression only, never at a whole statement.
        if end > start && start > indent {
            let pad = " ".repeat(start - indent + 4);
            let carets = "^".repeat(text[start..end].chars().count().max(1));
            out.push_str(&format!("{pad}{carets}\n"));
        }
    }
    out
}
