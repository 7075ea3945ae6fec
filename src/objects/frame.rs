//! Frames: everything a running function needs, and everything a suspended generator
//! keeps (instruction pointer, locals, cells, value stack, handled exception).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::code::{Code, Op};
use super::generator::{GenKind, Generator};
use super::{CellRef, Globals, NameKeys, PyErr, Value};

/// How a finished or suspended frame hands its outcome back to whoever ran it.
#[derive(Debug)]
pub enum Deliver {
    /// Back to Rust: the nested run loop that pushed this frame returns.
    Native,
    /// An ordinary call: push the return value on the caller's stack.
    Call,
    /// `__init__` of a new instance: check it returned None, push the instance.
    Init(Value),
    /// `next(g)`, `g.send(v)`, `g.throw(...)`: push a yielded value; a return raises
    /// StopIteration in the caller.
    Next,
    /// `next(g, default)`: like `Next`, but a return pushes the default.
    NextDefault(Value),
    /// A `for` loop: push a yielded value; a return ends the loop.
    ForIter,
    /// A `for` loop over an instance, running its Python `__next__`: push the value;
    /// StopIteration ends the loop.
    ForIterCall,
    /// `yield from`: a yielded value is re-yielded by the caller; a return value becomes
    /// the value of the `yield from` expression.
    YieldFrom,
    /// Closing a `yield from` delegate before throwing the original exception into
    /// its parent (PEP 380).
    CloseDelegate(PyErr),
    /// `g.close()`: a yield is "generator ignored GeneratorExit"; GeneratorExit or
    /// StopIteration escaping means success.
    Close,
    /// A generator run that a generator observer watches (`vm/observe.rs`): its
    /// yield, return or exception is reported, then delivered as the delivery the VM
    /// keeps for it says. A variant of its own keeps the unobserved yield's fast path
    /// free of tests, and one without data keeps `Deliver`'s drop as cheap as without
    /// it (a boxed inner `Deliver` made the drop an out-of-line call on every resume
    /// and yield: 28 instructions per item of a generator loop, measured with
    /// callgrind).
    Observed,
}

/// What a frame produced.
#[derive(Debug)]
pub enum Outcome {
    /// A generator yielded this value.
    Yielded(Value),
    /// The frame returned this value.
    Returned(Value),
}

/// A function activation.
#[derive(Debug)]
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Index of the next op.
    pub ip: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Fast locals (`Value::Undef` when unbound).
    pub locals: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<CellRef>,
    /// Module globals.
    pub globals: Globals,
    /// The namespace of a class body being executed: a dict, which `locals()` in
    /// the body returns.
    pub class_ns: Option<Globals>,
    /// The mapping a metaclass's `__prepare__` returned for the class body being
    /// executed: its names are stored, read and deleted through the mapping's
    /// `__setitem__`, `__getitem__` and `__delitem__` instead of `class_ns`.
    pub class_mapping: Option<Value>,
    /// The exception being handled in an `except`/`finally` block, if any.
    pub handled: Option<PyErr>,
    /// Where the outcome goes.
    pub deliver: Deliver,
    /// The generator that owns this frame while it runs.
    pub gen: Option<Rc<Generator>>,
    /// This call's frame object, once `sys._getframe()` made one (a generator's
    /// frame object is its `Value::FrameView` instead).
    pub obj: Option<Rc<FrameRef>>,
    /// The dict `locals()` returned in this function call, refreshed by each later
    /// call ([`Frame::locals_dict`]).
    pub locals_dict: Option<Globals>,
}

/// The frame object of a call (not of a generator), made by `sys._getframe()`. It
/// holds no frame, so making one costs the call nothing: while the call runs, its
/// frame is the one at `index` on the VM's stack whose [`Frame::obj`] is this object;
/// when the call ends ([`Frame::end_obj`]) the object keeps its last line (and the VM
/// gives it its caller's frame object and the locals).
#[derive(Debug)]
pub struct FrameRef {
    /// The code the frame runs (`f_code`).
    pub code: Rc<Code>,
    /// Its globals (`f_globals`).
    pub globals: Globals,
    /// Where the frame is on the VM's stack while it runs.
    pub index: usize,
    /// The last line, once the call has ended.
    pub ended_at: Cell<Option<usize>>,
    /// The frame object of its caller, kept when the call ended (`f_back` then).
    pub back: RefCell<Value>,
    /// The bound locals, kept when the call ended (`f_locals` then); `None` stands
    /// for this frame object itself, so that `f = sys._getframe()` makes no cycle.
    pub ended_locals: RefCell<Vec<(Rc<str>, Option<Value>)>>,
}

impl Drop for Frame {
    /// A frame dropped without being recycled (the stack cleared after an uncaught
    /// exception) still tells its frame object that it ended, and where.
    fn drop(&mut self) {
        self.end_obj();
    }
}

impl Frame {
    /// A fresh frame for `code`; the caller fills its locals (`Vm::new_frame`).
    pub fn new(code: Rc<Code>, globals: Globals) -> Frame {
        Frame {
            ip: 0,
            stack: Vec::with_capacity(8),
            locals: Vec::with_capacity(code.varnames.len()),
            cells: Vec::new(),
            globals,
            class_ns: None,
            class_mapping: None,
            handled: None,
            deliver: Deliver::Call,
            gen: None,
            obj: None,
            locals_dict: None,
            code,
        }
    }

    /// Tells this call's frame object, if it has one, that the call has ended: it
    /// keeps the last line and lets go of the frame.
    #[inline]
    pub fn end_obj(&mut self) {
        if let Some(obj) = self.obj.take() {
            obj.ended_at.set(Some(self.line()));
        }
    }

    /// The mapping the frame's names live in, when they live in one: the mapping of
    /// an `exec` with separate locals or of a `__prepare__` class body, a class
    /// body's namespace, the globals at module level; None for fast locals.
    /// `locals()` and `f_locals` are this mapping itself.
    pub fn names_mapping(&self) -> Option<Value> {
        if let Some(mapping) = &self.class_mapping {
            return Some(mapping.clone());
        }
        if let Some(ns) = &self.class_ns {
            return Some(Value::Dict(ns.clone()));
        }
        (&*self.code.name == "<module>").then(|| Value::Dict(self.globals.clone()))
    }

    /// `locals()` in a function, as CPython 3.11's: one dict for the life of the
    /// frame, made by the first call; each call stores the bound variables into it
    /// and removes the unbound ones, leaving other keys a program put there. Writes
    /// to the dict do not change the variables. The second value is whether a key
    /// was removed (see `Vm::dict_shrunk`).
    pub fn locals_dict(&mut self) -> (Globals, bool) {
        let d = self
            .locals_dict
            .get_or_insert_with(|| super::gc::tracked_dict_rc(Default::default()))
            .clone();
        let code = &self.code;
        let cells = self.cells.iter().map(|c| c.borrow().clone());
        let vars = code.varnames.iter().zip(self.locals.iter().cloned());
        let vars = vars.chain(code.cellvars.iter().chain(&code.freevars).zip(cells));
        let mut replaced = Vec::new();
        let mut removed = false;
        let mut dict = d.borrow_mut();
        for (name, v) in vars {
            let old = match v {
                Value::Undef => {
                    let old = dict.remove_name(name);
                    removed |= old.is_some();
                    old
                }
                v => dict.set_name(name, v),
            };
            replaced.extend(old);
        }
        drop(dict);
        drop(replaced);
        (d, removed)
    }

    /// The bound variables of the frame as (name, value) pairs, as `locals()` and
    /// `f_locals` see them: a class body's namespace, the globals at module level,
    /// else the fast locals, then the cell and free variables.
    pub fn bound_locals(&self) -> Vec<(Rc<str>, Value)> {
        if let Some(ns) = &self.class_ns {
            let ns = ns.borrow();
            return ns.names().map(|(k, v)| (k.into(), v.clone())).collect();
        }
        if &*self.code.name == "<module>" {
            let g = self.globals.borrow();
            return g.names().map(|(k, v)| (k.into(), v.clone())).collect();
        }
        let code = &self.code;
        let mut out: Vec<(Rc<str>, Value)> = code
            .varnames
            .iter()
            .zip(&self.locals)
            .filter(|(_, v)| !matches!(v, Value::Undef))
            .map(|(n, v)| (n.clone(), v.clone()))
            .collect();
        for (n, c) in code.cellvars.iter().chain(&code.freevars).zip(&self.cells) {
            let v = c.borrow().clone();
            if !matches!(v, Value::Undef) {
                out.push((n.clone(), v));
            }
        }
        out
    }

    /// The op index the frame is executing (or suspended at).
    pub fn current_op(&self) -> usize {
        self.ip.saturating_sub(1)
    }

    /// The source line the frame is at.
    pub fn line(&self) -> usize {
        if self.ip == 0 {
            self.code.first_line
        } else {
            self.code.line_of_op(self.current_op())
        }
    }

    /// True when the frame is suspended inside `yield from` (at `YieldValue(1)`).
    pub fn is_delegating(&self) -> bool {
        self.ip > 0 && matches!(self.code.ops[self.ip - 1], Op::YieldValue(1))
    }

    /// Hands `v`, sent by `next()`/`send()`, to a generator frame about to resume: a
    /// `yield` expression evaluates to it, a `yield` statement skips the `Pop` that
    /// would discard it, and a frame that has not started has no `yield` to receive it.
    #[inline]
    pub fn receive(&mut self, v: Value) {
        if self.ip == 0 {
            return;
        }
        if let Op::YieldValue(2) = self.code.ops[self.ip - 1] {
            self.ip += 1;
        } else {
            self.stack.push(v);
        }
    }

    /// Ends the `for` loop whose `ForIter` is the current op: pops the iterator and
    /// jumps past the loop body.
    #[inline]
    pub fn end_for_loop(&mut self) {
        self.stack.pop();
        if let Op::ForIter(target) = self.code.ops[self.current_op()] {
            self.ip = target as usize;
        }
    }

    /// Finishes the `yield from` whose `Send` is the current op: the delegate on the
    /// stack is replaced by `result`, the value of the expression, and the frame jumps
    /// past the loop that resumes the delegate.
    #[inline]
    pub fn finish_yield_from(&mut self, result: Value) {
        self.stack.pop();
        self.stack.push(result);
        if let Op::Send(target) = self.code.ops[self.current_op()] {
            self.ip = target as usize;
        }
    }

    /// Marks the generator running this frame finished, when there is one (the frame
    /// returned, raised, or was refused); the generator's kind when there was one.
    #[inline]
    pub fn end_generator(&mut self) -> Option<GenKind> {
        self.gen.take().map(|g| {
            g.finish();
            g.kind.get()
        })
    }
}
