//! Calls: the op-level call paths (which push a frame and let the run loop continue,
//! with a positional fast path), `Vm::call` for Rust code calling back into Python,
//! argument binding with CPython's error messages, and class instantiation.

use std::cell::RefCell;
use std::rc::Rc;

use super::generator::Resume;
use super::Vm;
use crate::objects::class::{Class, Instance};
use crate::objects::code::flags;
use crate::objects::exc::{new_exception, new_os_error};
use crate::objects::frame::{Deliver, Frame, Outcome};
use crate::objects::generator::{has_pending_close, Generator};
use crate::objects::generic::GenericAlias;
use crate::objects::{BoundMethod, ExcKind, Function, Namespace, PyErr, PyResult, Special, Value};

/// Keyword arguments as (name, value) pairs.
pub type Kwargs = Vec<(Rc<str>, Value)>;

/// How `next(g)`, `g.__next__()` and `g.send(v)` (the generator operation `special`,
/// with arguments `rest` after the generator) resume it; None for anything else.
#[inline]
fn plain_resume(special: Special, rest: &[Value]) -> Option<(Resume, Deliver)> {
    match (special, rest) {
        (Special::Next | Special::GenNext, []) => Some((Resume::Send(Value::None), Deliver::Next)),
        (Special::GenSend, [v]) => Some((Resume::Send(v.clone()), Deliver::Next)),
        _ => None,
    }
}

impl Vm {
    /// `Call(n)`: `[f, args...]`.
    pub(super) fn call_op(&mut self, argc: usize) -> PyResult<()> {
        if has_pending_close() {
            self.close_pending();
        }
        self.check_interrupt()?;
        let frame = self.frames.last_mut().expect("frame");
        let at = frame.stack.len() - argc - 1;
        match (&frame.stack[at], &frame.stack[at + 1..]) {
            (Value::Function(f), _) if takes_exactly(f, argc) => {
                let f = f.clone();
                return self.push_simple_call(f, at);
            }
            // `next(g)`: resume in place, with no argument vector.
            (Value::Builtin(b), [Value::Generator(g)])
                if b.bound.is_none() && b.def.special == Special::Next && g.is_iterator() =>
            {
                let g = g.clone();
                frame.stack.truncate(at);
                return self
                    .resume(&g, Resume::Send(Value::None), Deliver::Next)
                    .map(|_| ());
            }
            _ => {}
        }
        let args = frame.stack.split_off(at + 1);
        let callee = frame.stack.pop().expect("callee");
        self.call_from_op(callee, args, Vec::new())
    }

    /// The fast path: positional args that exactly fill a plain function's parameters
    /// move from the caller's stack straight into the new frame's locals.
    fn push_simple_call(&mut self, f: Rc<Function>, at: usize) -> PyResult<()> {
        let mut new = self.new_frame_empty(f.code.clone(), f.globals.clone());
        let caller = self.frames.last_mut().expect("frame");
        let argc = caller.stack.len() - at - 1;
        super::fill_unbound(&mut new.locals, f.code.varnames.len());
        // Move the arguments off the caller's stack, last first (cheaper than a drain).
        for slot in new.locals[..argc].iter_mut().rev() {
            let v = caller.stack.pop().expect("argument");
            // The slot holds Undef, which owns nothing: no drop needed.
            std::mem::forget(std::mem::replace(slot, v));
        }
        caller.stack.pop();
        new.cells.extend(f.closure.iter().cloned());
        self.push_frame(new)
    }

    /// `CallMethod(n)`: `[method, self|Undef, args...]`.
    pub(super) fn call_method_op(&mut self, argc: usize) -> PyResult<()> {
        if has_pending_close() {
            self.close_pending();
        }
        let frame = self.frames.last_mut().expect("frame");
        let at = frame.stack.len() - argc - 2;
        match (&frame.stack[at], &frame.stack[at + 1]) {
            (Value::Function(f), Value::Instance(_)) if takes_exactly(f, argc + 1) => {
                let f = f.clone();
                // `[method, self, args...]` is `[f, args...]` with self first.
                return self.push_simple_call(f, at);
            }
            // `g.send(v)`, `g.__next__()`: resume in place, with no bound method and
            // no argument vector.
            (Value::NativeMethod(def), Value::Generator(g)) => {
                if let Some((how, deliver)) = plain_resume(def.special, &frame.stack[at + 2..]) {
                    let g = g.clone();
                    frame.stack.truncate(at);
                    return self.resume(&g, how, deliver).map(|_| ());
                }
            }
            _ => {}
        }
        let mut args = frame.stack.split_off(at + 1);
        let callee = frame.stack.pop().expect("callee");
        let unbound = matches!(args[0], Value::Undef);
        if unbound {
            args.remove(0);
        }
        if let Value::NativeMethod(def) = callee {
            if unbound {
                // `list.append(stack, x)`: a cached method's receiver is never an instance.
                super::attr::unwrap_receiver(def, &mut args);
            }
            if def.special != Special::None {
                let recv = args.remove(0);
                let b = Value::Builtin(Rc::new(crate::objects::Builtin {
                    def,
                    bound: Some(recv),
                }));
                return self.call_from_op(b, args, Vec::new());
            }
            let r = def.invoke(self, &args, &[])?;
            self.frames.last_mut().expect("frame").stack.push(r);
            return Ok(());
        }
        self.call_from_op(callee, args, Vec::new())
    }

    /// `CallKw(n)`: `[f, args..., kwnames]`.
    pub(super) fn call_kw_op(&mut self, argc: usize) -> PyResult<()> {
        if has_pending_close() {
            self.close_pending();
        }
        let frame = self.frames.last_mut().expect("frame");
        let names = frame.stack.pop().expect("kwnames");
        let Value::Tuple(ref names) = names else {
            unreachable!("kwnames is a tuple")
        };
        let mut args = frame.stack.split_off(frame.stack.len() - argc);
        let callee = frame.stack.pop().expect("callee");
        let kwvals = args.split_off(argc - names.len());
        let kwargs = names
            .iter()
            .map(|n| Rc::from(n.as_str().unwrap_or("")))
            .zip(kwvals)
            .collect();
        self.call_from_op(callee, args, kwargs)
    }

    /// `CallEx`: `[f, args_tuple(, kwargs_dict)]`.
    pub(super) fn call_ex_op(&mut self, has_kw: bool) -> PyResult<()> {
        if has_pending_close() {
            self.close_pending();
        }
        let frame = self.frames.last_mut().expect("frame");
        let kw = if has_kw { frame.stack.pop() } else { None };
        let args = frame.stack.pop().expect("args");
        let callee = frame.stack.pop().expect("callee");
        let args = match args {
            Value::Tuple(ref t) => t.to_vec(),
            _ => vec![],
        };
        let mut kwargs = Vec::new();
        if let Some(Value::Dict(ref d)) = kw {
            for (k, v) in d.borrow().iter() {
                match &k.value {
                    Value::Str(s) => kwargs.push((Rc::from(s.as_str()), v.clone())),
                    _ => return Err(PyErr::new(ExcKind::TypeError, "keywords must be strings")),
                }
            }
        }
        self.call_from_op(callee, args, kwargs)
    }

    /// Calls from an op: Python functions get a frame that the run loop continues
    /// with; generator operations resume without recursion; anything else is called
    /// directly and its result pushed.
    pub(super) fn call_from_op(
        &mut self,
        callee: Value,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<()> {
        match callee {
            Value::Function(ref f) => {
                let frame = self.frame_for_call(f, args, kwargs)?;
                if f.code.is_generator() {
                    let g = self.make_generator(f, frame);
                    self.frames.last_mut().expect("frame").stack.push(g);
                    return Ok(());
                }
                self.push_frame(frame)
            }
            Value::BoundMethod(ref m) => {
                args.insert(0, m.receiver.clone());
                self.call_from_op(m.func.clone(), args, kwargs)
            }
            Value::Class(ref c) if c.builtin.is_none() => {
                self.instantiate_from_op(c.clone(), args, kwargs)
            }
            Value::Builtin(ref b) if b.def.special != Special::None && kwargs.is_empty() => {
                if let Some(r) = self.generator_special(b, &args) {
                    return r;
                }
                let v = self.call(&callee, args, kwargs)?;
                self.frames.last_mut().expect("frame").stack.push(v);
                Ok(())
            }
            other => {
                let v = self.call(&other, args, kwargs)?;
                self.frames.last_mut().expect("frame").stack.push(v);
                Ok(())
            }
        }
    }

    /// `next(g)`, `g.send(v)`, `g.throw(...)`, `g.close()` on a generator, from an op:
    /// resume through the run loop. None when the receiver is not a generator.
    fn generator_special(
        &mut self,
        b: &crate::objects::Builtin,
        args: &[Value],
    ) -> Option<PyResult<()>> {
        let (gen, rest) = match (&b.bound, b.def.special) {
            (Some(Value::Generator(g)), _) => (g.clone(), args),
            (None, Special::Next) => match args.first() {
                Some(Value::Generator(g)) if g.is_iterator() => (g.clone(), &args[1..]),
                _ => return None,
            },
            _ => return None,
        };
        if let Some((how, deliver)) = plain_resume(b.def.special, rest) {
            return Some(self.resume(&gen, how, deliver).map(|_| ()));
        }
        let (how, deliver) = match (b.def.special, rest) {
            (Special::Next, [d]) => (Resume::Send(Value::None), Deliver::NextDefault(d.clone())),
            (Special::GenThrow, [_, ..]) if rest.len() <= 3 => match self.throw_args(rest) {
                Ok(e) => (Resume::Throw(e), Deliver::Next),
                Err(e) => return Some(Err(e)),
            },
            (Special::GenClose, []) => (Resume::Close, Deliver::Close),
            _ => return None,
        };
        Some(self.resume(&gen, how, deliver).map(|_| ()))
    }

    /// The exception `throw(typ[, val[, tb]])` raises.
    pub fn throw_args(&mut self, args: &[Value]) -> PyResult<PyErr> {
        match args {
            [Value::Class(c)] if c.exc_kind.is_some() => self.new_exception_instance(c, vec![]),
            [Value::Class(c), v] | [Value::Class(c), v, _] if c.exc_kind.is_some() => {
                if let Some(e) = PyErr::from_value(v) {
                    return Ok(e);
                }
                let args = match v {
                    Value::None => vec![],
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other.clone()],
                };
                self.new_exception_instance(c, args)
            }
            [v] | [v, Value::None] | [v, Value::None, _] => PyErr::from_value(v).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    "exceptions must be classes or instances deriving from BaseException, not "
                        .to_string()
                        + &v.type_name(),
                )
            }),
            [_, _, ..] => Err(PyErr::new(
                ExcKind::TypeError,
                "instance exception may not have a separate value",
            )),
            [] => Err(PyErr::new(
                ExcKind::TypeError,
                "throw expected at least 1 argument, got 0",
            )),
        }
    }

    /// Creates an instance of exception class `c` (running a user `__init__`).
    pub fn new_exception_instance(&mut self, c: &Rc<Class>, args: Vec<Value>) -> PyResult<PyErr> {
        let v = self.call(&Value::Class(c.clone()), args, vec![])?;
        PyErr::from_value(&v).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                "exceptions must derive from BaseException",
            )
        })
    }

    /// Wraps a not-yet-started frame in a generator object (the observer test is
    /// inlined into the callers, where the VM is at hand anyway).
    #[inline(always)]
    fn make_generator(&mut self, f: &Rc<Function>, frame: Box<Frame>) -> Value {
        let gen = generator_of(f, frame);
        if self.observer.is_some() {
            self.observe_created(&gen);
        }
        Value::Generator(gen)
    }

    /// Calls any callable from Rust code, running Python code in a nested loop.
    pub fn call(
        &mut self,
        callee: &Value,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match callee {
            Value::Function(f) => {
                let mut frame = self.frame_for_call(f, args, kwargs)?;
                if f.code.is_generator() {
                    return Ok(self.make_generator(f, frame));
                }
                frame.deliver = Deliver::Native;
                self.run_frame(frame)
            }
            Value::Builtin(b) => {
                if let Some(recv) = &b.bound {
                    args.insert(0, recv.clone());
                }
                b.def.invoke(self, &args, &kwargs)
            }
            Value::NativeMethod(def) => {
                super::attr::unwrap_receiver(def, &mut args);
                def.invoke(self, &args, &kwargs)
            }
            Value::BoundMethod(m) => {
                args.insert(0, m.receiver.clone());
                self.call(&m.func, args, kwargs)
            }
            Value::Class(c) => self.instantiate(c, args, kwargs),
            // A staticmethod object calls its function (CPython 3.10+).
            Value::Instance(sm) if Rc::ptr_eq(&sm.class, &self.types.staticmethod) => {
                let f = sm.dict.get("__func__").unwrap_or_default();
                self.call(&f, args, kwargs)
            }
            Value::Instance(_) => match self.lookup_method(callee, "__call__") {
                Some(m) => self.nested(" while calling a Python object", |vm| {
                    vm.call(&m, args, kwargs)
                }),
                None => Err(not_callable(callee)),
            },
            // `list[int]()` makes a list, as its origin class would.
            Value::Native(n) => match n.downcast::<GenericAlias>() {
                Some(alias) => self.instantiate(&alias.origin.clone(), args, kwargs),
                None => Err(not_callable(callee)),
            },
            _ => Err(not_callable(callee)),
        }
    }

    /// Runs a prepared frame (with `Deliver::Native`) to completion.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        let base = self.frames.len();
        self.push_frame(frame)?;
        match self.run_nested(base)? {
            Outcome::Returned(v) | Outcome::Yielded(v) => Ok(v),
        }
    }

    /// The frame of a call whose positional `args` exactly fill `f`'s parameters
    /// ([`binds_exactly`]): they move into its locals as they are.
    fn exact_frame(
        &mut self,
        f: &Rc<Function>,
        args: impl IntoIterator<Item = Value>,
    ) -> Box<Frame> {
        let mut frame = self.new_frame_empty(f.code.clone(), f.globals.clone());
        frame.locals.extend(args);
        super::fill_unbound(&mut frame.locals, f.code.varnames.len());
        frame.cells.extend(f.closure.iter().cloned());
        frame
    }

    /// The frame of a call of `f` with the one argument `receiver`, as a `for` loop
    /// calls an iterator's `__next__`: no argument vector when `f` takes exactly
    /// `self`.
    pub(super) fn frame_for_self_call(
        &mut self,
        f: &Rc<Function>,
        receiver: Value,
    ) -> PyResult<Box<Frame>> {
        if binds_exactly(f, 1) {
            return Ok(self.exact_frame(f, std::iter::once(receiver)));
        }
        self.frame_for_call(f, vec![receiver], vec![])
    }

    /// Binds arguments to a new frame for `f` (CPython's error messages).
    pub fn frame_for_call(
        &mut self,
        f: &Rc<Function>,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Box<Frame>> {
        if kwargs.is_empty() && binds_exactly(f, args.len()) {
            return Ok(self.exact_frame(f, args));
        }
        let code = f.code.clone();
        let mut frame = self.new_frame(code.clone(), f.globals.clone());
        let fname = f.qualname.borrow().clone();
        let nparams = code.argcount;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let extra = if args.len() > nparams {
            if !has_varargs {
                return Err(too_many_positional(&fname, &code, f, args.len(), &kwargs));
            }
            args.split_off(nparams)
        } else {
            vec![]
        };
        let nargs = args.len();
        for (i, a) in args.into_iter().enumerate() {
            frame.locals[i] = a;
        }
        let kwonly_end = nparams + code.kwonlyargcount;
        let posonly_as_kw: Vec<&str> = kwargs
            .iter()
            .filter(|(n, _)| code.varnames[..code.posonlyargcount].iter().any(|v| v == n))
            .map(|(n, _)| &**n)
            .collect();
        if !posonly_as_kw.is_empty() && !has_varkw {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly_as_kw.join(", ")
                ),
            ));
        }
        let mut varkw = crate::objects::Dict::default();
        for (name, v) in kwargs {
            let pos = code.varnames[..kwonly_end]
                .iter()
                .position(|n| **n == *name);
            match pos {
                Some(i) if i < code.posonlyargcount => {
                    if has_varkw {
                        varkw.insert(crate::objects::HashKey::new(Value::str(&name))?, v);
                    } else {
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            format!("{fname}() got some positional-only arguments passed as keyword arguments: '{name}'"),
                        ));
                    }
                }
                Some(i) => {
                    if !matches!(frame.locals[i], Value::Undef) {
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            format!("{fname}() got multiple values for argument '{name}'"),
                        ));
                    }
                    frame.locals[i] = v;
                }
                None if has_varkw => {
                    varkw.insert(crate::objects::HashKey::new(Value::str(&name))?, v);
                }
                None => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("{fname}() got an unexpected keyword argument '{name}'"),
                    ));
                }
            }
        }
        // Defaults fill the trailing positional parameters.
        let ndefaults = f.defaults.len();
        let mut missing = vec![];
        for i in nargs..nparams {
            if matches!(frame.locals[i], Value::Undef) {
                if i + ndefaults >= nparams {
                    frame.locals[i] = f.defaults[i + ndefaults - nparams].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname, "positional", &missing));
        }
        for i in nparams..kwonly_end {
            if matches!(frame.locals[i], Value::Undef) {
                let name = &code.varnames[i];
                match f.kwdefaults.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => frame.locals[i] = v.clone(),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname, "keyword-only", &missing));
        }
        let mut slot = kwonly_end;
        if has_varargs {
            frame.locals[slot] = Value::tuple(extra);
            slot += 1;
        }
        if has_varkw {
            frame.locals[slot] = Value::dict(varkw);
        }
        frame.cells.extend(
            code.cellvars
                .iter()
                .map(|_| crate::objects::gc::tracked_cell(Value::Undef)),
        );
        for &(ci, pi) in &code.cell_params {
            *frame.cells[ci].borrow_mut() = std::mem::take(&mut frame.locals[pi]);
            frame.locals[pi] = Value::Undef;
        }
        frame.cells.extend(f.closure.iter().cloned());
        Ok(frame)
    }

    /// `MakeFunction(flags)`: `[defaults?, kwdefaults?, closure?, code]`.
    pub(super) fn make_function_op(&mut self, fl: u32) -> PyResult<()> {
        let frame = self.frames.last_mut().expect("frame");
        let Some(Value::Code(ref code)) = frame.stack.pop() else {
            unreachable!("MakeFunction needs a code constant")
        };
        let closure = if fl & 8 != 0 {
            match frame.stack.pop() {
                Some(Value::Tuple(ref t)) => t
                    .iter()
                    .filter_map(|c| match c {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let annotations = if fl & 4 != 0 { frame.stack.pop() } else { None };
        let kwdefaults = if fl & 2 != 0 {
            match frame.stack.pop() {
                Some(Value::Dict(ref d)) => d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (Rc::from(k.value.as_str().unwrap_or("")), v.clone()))
                    .collect(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let defaults = if fl & 1 != 0 {
            match frame.stack.pop() {
                Some(Value::Tuple(ref t)) => t.to_vec(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let mut slots = Namespace::default();
        if code.flags & flags::DOCSTRING != 0 {
            slots.insert("__doc__".into(), code.consts[0].clone());
        }
        if let Some(a) = annotations {
            slots.insert("__annotations__".into(), a);
        }
        let f = Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            globals: frame.globals.clone(),
            code: code.clone(),
            defaults,
            kwdefaults,
            closure,
            dict: crate::objects::Attrs::default(),
            slots: crate::objects::Attrs::new(slots),
        };
        frame
            .stack
            .push(Value::Function(crate::objects::gc::tracked_function(f)));
        Ok(())
    }

    /// A new instance of user class `c` from an op: a Python `__init__` runs as a frame
    /// of the run loop.
    fn instantiate_from_op(
        &mut self,
        c: Rc<Class>,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<()> {
        if user_new(&c).is_some()
            || c.constructor.get().is_some()
            || c.metaclass.is_some()
            || c.is_metaclass()
        {
            let v = self.instantiate(&c, args, kwargs)?;
            self.frames.last_mut().expect("frame").stack.push(v);
            return Ok(());
        }
        let inst = self.new_instance(&c, &args, &kwargs)?;
        match c.lookup_slot("__init__") {
            // A generator `__init__` returns a generator: `init_instance` refuses it.
            Some(Value::Function(ref init)) if !init.code.is_generator() => {
                args.insert(0, inst.clone());
                let mut frame = self.frame_for_call(init, args, kwargs)?;
                frame.deliver = Deliver::Init(inst);
                self.push_frame(frame)
            }
            _ => {
                let v = self.init_instance(&c, inst, args, kwargs)?;
                self.frames.last_mut().expect("frame").stack.push(v);
                Ok(())
            }
        }
    }

    /// `C(args)` from Rust: a metaclass's Python `__call__` if it has one, else
    /// [`Vm::construct`].
    pub fn instantiate(
        &mut self,
        c: &Rc<Class>,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if let Some(meta) = &c.metaclass {
            if let Some(call @ Value::Function(_)) = meta.lookup_slot("__call__") {
                args.insert(0, Value::Class(c.clone()));
                return self.call(&call, args, kwargs);
            }
        }
        self.construct(c, args, kwargs)
    }

    /// `type.__call__(C, args)`: builtin types construct, user classes create an
    /// instance (by `__new__`) and run `__init__`; a metaclass makes a class.
    pub fn construct(
        &mut self,
        c: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if let Some(make) = c.constructor.get() {
            return make(self, c, args, kwargs);
        }
        if let Some(new) = user_new(c) {
            // `__new__(cls, *args)` makes the object; `__init__` runs only when it is
            // an instance of the class called.
            let mut new_args = vec![Value::Class(c.clone())];
            new_args.extend(args.iter().cloned());
            let obj = self.call(&new, new_args, kwargs.clone())?;
            let is_instance = crate::objects::class::types().class_of(&obj).is_subclass(c);
            // Without a Python __init__, object.__init__ accepts the arguments.
            let init = c.lookup_slot("__init__");
            if !is_instance || !matches!(init, Some(Value::Function(_) | Value::NativeMethod(_))) {
                return Ok(obj);
            }
            return self.init_instance(c, obj, args, kwargs);
        }
        let inst = if c.is_metaclass() {
            // `type.__new__(c, name, bases, namespace)`.
            let new = self.types.type_.dict.borrow().get("__new__").cloned();
            let mut new_args = vec![Value::Class(c.clone())];
            new_args.extend(args.iter().cloned());
            self.call(&new.unwrap_or_default(), new_args, kwargs.clone())?
        } else {
            self.new_instance(c, &args, &kwargs)?
        };
        self.init_instance(c, inst, args, kwargs)
    }

    fn init_instance(
        &mut self,
        c: &Rc<Class>,
        inst: Value,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match c.lookup_slot("__init__") {
            Some(init @ (Value::Function(_) | Value::Builtin(_) | Value::NativeMethod(_))) => {
                args.insert(0, inst.clone());
                let r = self.call(&init, args, kwargs)?;
                if !matches!(r, Value::None) {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("__init__() should return None, not '{}'", r.type_name()),
                    ));
                }
            }
            // The built-in type's `__new__` took the arguments (`Tag("x")`).
            _ if c.exc_kind.is_some() || c.base_type.is_some() => {}
            _ if !args.is_empty() || !kwargs.is_empty() => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("{}() takes no arguments", c.name),
                ));
            }
            _ => {}
        }
        Ok(inst)
    }

    /// A new instance of user class `c`, before `__init__` (CPython's `object.__new__`
    /// and the `__new__` of the built-in types): an exception keeps the arguments as
    /// `args`; an instance of a subclass of a built-in type holds the value that type
    /// makes of them (an empty one for the mutable types, which `__init__` fills).
    pub fn new_instance(
        &mut self,
        c: &Rc<Class>,
        args: &[Value],
        kwargs: &Kwargs,
    ) -> PyResult<Value> {
        if c.exc_kind.is_some() {
            if c.is_subclass(&self.types.exc(ExcKind::OSError)) {
                return Ok(Value::Instance(new_os_error(c.clone(), args.to_vec())));
            }
            if c.is_subclass(&self.types.exc(ExcKind::BaseExceptionGroup)) {
                let group = crate::objects::exc::new_exception_group(c.clone(), args.to_vec());
                return Ok(Value::Instance(group?));
            }
            return Ok(Value::Instance(new_exception(c.clone(), args.to_vec())));
        }
        if c.metaclass.is_some() {
            refuse_abstract(c)?;
        }
        let base = match &c.base_type {
            None => None,
            Some(b) => {
                let make = b.constructor.get().ok_or_else(|| {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!("cannot create '{}' instances", b.name),
                    )
                })?;
                let mutable = b.builtin.is_some_and(|k| k.is_mutable_base());
                Some(if mutable {
                    make(self, b, vec![], vec![])?
                } else {
                    make(self, b, args.to_vec(), kwargs.clone())?
                })
            }
        };
        Ok(blank_instance(c, base))
    }

    /// Binds `func` to `receiver` as a method value.
    pub fn bind(&self, func: Value, receiver: Value) -> Value {
        Value::BoundMethod(crate::objects::gc::tracked_method(BoundMethod {
            func,
            receiver,
        }))
    }
}

/// CPython's TypeError for a class whose `__abstractmethods__` (which `abc.ABCMeta`
/// sets) is not empty.
fn refuse_abstract(c: &Rc<Class>) -> PyResult<()> {
    let Some(Value::Set(ref names)) = c.dict.borrow().get("__abstractmethods__").cloned() else {
        return Ok(());
    };
    let mut names: Vec<String> = names
        .iter()
        .into_iter()
        .filter_map(|k| k.value.as_str().map(String::from))
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let s = if names.len() == 1 { "" } else { "s" };
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "Can't instantiate abstract class {} with abstract method{s} {}",
            c.name,
            names.join(", ")
        ),
    ))
}

/// A `__new__` defined in Python on `c` or a base (plain function or staticmethod).
fn user_new(c: &Rc<Class>) -> Option<Value> {
    match c.lookup_slot("__new__")? {
        f @ Value::Function(_) => Some(f),
        Value::Instance(ref sm)
            if Rc::ptr_eq(&sm.class, &crate::objects::class::types().staticmethod) =>
        {
            sm.dict.get("__func__")
        }
        _ => None,
    }
}

/// True when `f` is a plain (non-generator) function whose parameters are exactly
/// `argc` positional ones with no cells: the call fast path applies.
#[inline]
fn takes_exactly(f: &Function, argc: usize) -> bool {
    f.code.flags & flags::GENERATOR == 0 && binds_exactly(f, argc)
}

/// True when `f`'s parameters are exactly `argc` positional ones with no cells:
/// `argc` positional arguments bind by moving them into the first locals.
#[inline]
fn binds_exactly(f: &Function, argc: usize) -> bool {
    let code = &f.code;
    code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0
        && code.argcount == argc
        && code.cellvars.is_empty()
}

/// An instance of `c` with an empty dict, holding `base` (see [`Instance::base`]).
pub fn blank_instance(c: &Rc<Class>, base: Option<Value>) -> Value {
    Value::Instance(crate::objects::gc::tracked_instance(Instance {
        class: c.clone(),
        dict: crate::objects::Attrs::default(),
        exc: None,
        base: base.map(Box::new),
    }))
}

/// `TypeError: 'int' object is not callable`.
pub fn not_callable(v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("'{}' object is not callable", v.type_name()),
    )
}

fn too_many_positional(
    fname: &str,
    code: &crate::objects::code::Code,
    f: &Function,
    given: usize,
    kwargs: &Kwargs,
) -> PyErr {
    let max = code.argcount;
    let min = max - f.defaults.len().min(max);
    let takes = if min == max {
        format!(
            "{max} positional argument{}",
            if max == 1 { "" } else { "s" }
        )
    } else {
        format!("from {min} to {max} positional arguments")
    };
    let kwonly_given = kwargs
        .iter()
        .filter(|(n, _)| {
            code.varnames[code.argcount..code.argcount + code.kwonlyargcount]
                .iter()
                .any(|v| v == n)
        })
        .count();
    let given_text = if kwonly_given > 0 {
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{given} {}",
            if given == 1 {
                "was given"
            } else {
                "were given"
            }
        )
    };
    PyErr::new(
        ExcKind::TypeError,
        format!("{fname}() takes {takes} but {given_text}"),
    )
}

fn missing_args(fname: &str, kind: &str, names: &[Rc<str>]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "{fname}() missing {} required {kind} argument{}: {list}",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        ),
    )
}

/// The generator object of `f` running the not-yet-started `frame`.
fn generator_of(f: &Rc<Function>, frame: Box<Frame>) -> Rc<Generator> {
    let name = f.name.borrow().clone();
    let qualname = f.qualname.borrow().clone();
    crate::objects::gc::tracked_generator(Generator::new(frame, name, qualname))
}
