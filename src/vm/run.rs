//! The run loop: fetch an op from the top frame, execute it, repeat. One `match` arm
//! per op; arms longer than a few lines call a named method.

use crate::objects::NameKeys;
use std::rc::Rc;

use super::generator::Resume;
use super::names::name_error;
use super::Vm;
use crate::objects::code::Op;
use crate::objects::frame::{Deliver, Outcome};
use crate::objects::{ExcKind, PyErr, PyResult, Value};

/// Why the inner loop stopped.
enum Stop {
    /// The base frame finished.
    Done(Outcome),
    /// An exception; `fresh` unless it is a re-raise (which adds no traceback line).
    Raise(PyErr, bool),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Raise(e, true)
    }
}

macro_rules! top {
    ($vm:expr) => {
        $vm.frames.last_mut().expect("a running frame")
    };
}

impl Vm {
    /// Runs until the frame at `base` finishes; `pending` is raised first if given.
    pub(super) fn run(&mut self, base: usize, pending: Option<PyErr>) -> PyResult<Outcome> {
        if let Some(e) = pending {
            self.unwind(e, true)?;
        }
        loop {
            match self.execute() {
                Ok(()) => unreachable!("execute only stops with Stop"),
                Err(Stop::Done(out)) => return Ok(out),
                Err(Stop::Raise(e, fresh)) => self.unwind(e, fresh)?,
            }
            debug_assert!(self.frames.len() > base);
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        top!(self).stack.pop().expect("value stack underflow")
    }

    /// Drops a value that a store, a delete or a pop let go of. When that was the
    /// last reference to an object with a finalizer (`__del__`, a suspended
    /// generator's `finally`), it runs now, before the next op, as in CPython.
    #[inline(always)]
    fn release(&mut self, old: Value) {
        if old.owns_nothing() {
            std::mem::forget(old);
        } else {
            drop(old);
            self.run_finalizers();
        }
    }

    /// [`Vm::release`] of what a namespace insert replaced.
    #[inline(always)]
    fn release_opt(&mut self, old: Option<Value>) {
        if let Some(old) = old {
            self.release(old);
        }
    }

    /// Runs the finalizers that drops have queued, if any.
    #[inline(always)]
    fn run_finalizers(&mut self) {
        if crate::objects::generator::has_pending_close() {
            self.close_pending();
        }
    }

    #[inline]
    fn push(&mut self, v: Value) {
        top!(self).stack.push(v);
    }

    /// Hands a delivery result to the loop: continue, stop, or raise in the caller.
    fn after_delivery(&mut self, r: PyResult<Option<Outcome>>) -> Result<(), Stop> {
        match r {
            Ok(None) => Ok(()),
            Ok(Some(out)) => Err(Stop::Done(out)),
            Err(e) => Err(Stop::Raise(e, true)),
        }
    }

    /// Executes ops until something stops the loop.
    fn execute(&mut self) -> Result<(), Stop> {
        loop {
            let frame = top!(self);
            let op = frame.code.ops[frame.ip];
            frame.ip += 1;
            match op {
                Op::Nop => {}
                Op::Pop => {
                    if let Some(v) = frame.stack.pop() {
                        self.release(v);
                    }
                }
                Op::Copy(n) => {
                    let v = frame.stack[frame.stack.len() - n as usize].fast_clone();
                    frame.stack.push(v);
                }
                Op::Swap(n) => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - n as usize);
                }
                Op::LoadConst(i) => {
                    let v = frame.code.consts[i as usize].fast_clone();
                    frame.stack.push(v);
                }
                Op::LoadFast(i) => match &frame.locals[i as usize] {
                    Value::Undef => {
                        let name = frame.code.varnames[i as usize].clone();
                        return Err(PyErr::new(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        )
                        .into());
                    }
                    v => {
                        let v = v.fast_clone();
                        frame.stack.push(v);
                    }
                },
                Op::StoreFast(i) => {
                    // Swap the value into place whole, then discard the old local.
                    let top = frame.stack.last_mut().expect("value");
                    std::mem::swap(&mut frame.locals[i as usize], top);
                    if let Some(old) = frame.stack.pop() {
                        self.release(old);
                    }
                }
                Op::DeleteFast(i) => {
                    if let Value::Undef = frame.locals[i as usize] {
                        let name = frame.code.varnames[i as usize].clone();
                        return Err(PyErr::new(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        )
                        .into());
                    }
                    let old = std::mem::replace(&mut frame.locals[i as usize], Value::Undef);
                    self.release(old);
                }
                Op::LoadDeref(i) => {
                    let v = frame.cells[i as usize].borrow().clone();
                    if let Value::Undef = v {
                        return Err(self.unbound_deref(i as usize).into());
                    }
                    frame.stack.push(v);
                }
                Op::StoreDeref(i) => {
                    let v = frame.stack.pop().expect("value");
                    let old = std::mem::replace(&mut *frame.cells[i as usize].borrow_mut(), v);
                    self.release(old);
                }
                Op::DeleteDeref(i) => {
                    let old =
                        std::mem::replace(&mut *frame.cells[i as usize].borrow_mut(), Value::Undef);
                    self.release(old);
                }
                Op::LoadClosure(i) => {
                    let c = frame.cells[i as usize].clone();
                    frame.stack.push(Value::Cell(c));
                }
                Op::LoadGlobal(i) => {
                    let v = self.load_global(i)?;
                    top!(self).stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    let v = frame.stack.pop().expect("value");
                    self.store_global(i, v);
                    self.run_finalizers();
                }
                Op::DeleteGlobal(i) => {
                    self.delete_global(i)?;
                    self.run_finalizers();
                }
                Op::LoadName(i) if frame.class_mapping.is_some() => {
                    let v = self.load_mapped_name(i)?;
                    self.push(v);
                }
                Op::LoadName(i) => {
                    let v = self.load_name(i)?;
                    self.push(v);
                }
                Op::StoreName(i) if frame.class_mapping.is_some() => {
                    let v = frame.stack.pop().expect("value");
                    let name = Value::str(&frame.code.names[i as usize]);
                    let mapping = frame.class_mapping.clone().unwrap_or_default();
                    self.set_item(&mapping, name, v)?;
                    self.run_finalizers();
                }
                Op::DeleteName(i) if frame.class_mapping.is_some() => {
                    let name = Value::str(&frame.code.names[i as usize]);
                    let mapping = frame.class_mapping.clone().unwrap_or_default();
                    self.del_item(&mapping, &name)?;
                    self.run_finalizers();
                }
                Op::StoreName(i) => {
                    let v = frame.stack.pop().expect("value");
                    match &frame.class_ns {
                        Some(ns) => {
                            let key = frame.code.global_cache[i as usize].key.clone();
                            let old = ns.borrow_mut().insert(key, v);
                            self.release_opt(old);
                        }
                        None => {
                            self.store_global(i, v);
                            self.run_finalizers();
                        }
                    }
                }
                Op::DeleteName(i) => {
                    match &frame.class_ns {
                        Some(ns) => {
                            let key = &frame.code.global_cache[i as usize].key;
                            let removed = ns.borrow_mut().shift_remove(key);
                            if removed.is_none() {
                                return Err(name_error(&frame.code.names[i as usize]).into());
                            }
                            self.release_opt(removed);
                        }
                        None => self.delete_global(i)?,
                    }
                    self.run_finalizers();
                }
                Op::LoadAttr(i) => {
                    let obj = self.pop();
                    let v = self.load_attr_op(&obj, i as usize)?;
                    self.push(v);
                }
                Op::StoreAttr(i) => {
                    let obj = self.pop();
                    let v = self.pop();
                    self.store_attr_op(&obj, i as usize, v)?;
                    drop(obj);
                    self.run_finalizers();
                }
                Op::DeleteAttr(i) => {
                    let name = frame.code.names[i as usize].clone();
                    let obj = self.pop();
                    self.del_attr(&obj, &name)?;
                    drop(obj);
                    self.run_finalizers();
                }
                Op::LoadMethod(i) => {
                    let obj = self.pop();
                    let (m, recv) = self.load_method(obj, i as usize)?;
                    let f = top!(self);
                    f.stack.push(m);
                    f.stack.push(recv);
                }
                Op::CallMethod(n) => self.call_method_op(n as usize)?,
                Op::Subscr => {
                    let key = self.pop();
                    let obj = self.pop();
                    let v = self.get_item(&obj, &key)?;
                    self.push(v);
                }
                Op::StoreSubscr => {
                    let key = self.pop();
                    let obj = self.pop();
                    let v = self.pop();
                    self.set_item(&obj, key, v)?;
                    drop(obj);
                    self.run_finalizers();
                }
                Op::DeleteSubscr => {
                    let key = self.pop();
                    let obj = self.pop();
                    self.del_item(&obj, &key)?;
                    drop((obj, key));
                    self.run_finalizers();
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { self.pop() } else { Value::None };
                    let stop = self.pop();
                    let start = self.pop();
                    self.push(Value::Slice(Rc::new((start, stop, step))));
                }
                Op::Binary(bop) | Op::Inplace(bop) => {
                    if let [.., Value::Int(x), Value::Int(y)] = frame.stack[..] {
                        if let Some(r) = super::ops::i64_fast(bop, x, y) {
                            // Both operands are ints: drop the top without drop glue and
                            // overwrite the other's payload in place.
                            std::mem::forget(frame.stack.pop());
                            if let Some(Value::Int(slot)) = frame.stack.last_mut() {
                                *slot = r;
                            }
                            continue;
                        }
                    }
                    let b = self.pop();
                    let a = self.pop();
                    let v = match op {
                        Op::Inplace(_) => self.inplace_op(bop, a, &b)?,
                        _ => self.binary_op(bop, &a, &b)?,
                    };
                    self.push(v);
                }
                Op::Unary(uop) => {
                    let a = self.pop();
                    let v = self.unary_op(uop, &a)?;
                    self.push(v);
                }
                Op::Compare(cop) => {
                    let len = frame.stack.len();
                    let fast =
                        super::ops::compare_fast(cop, &frame.stack[len - 2], &frame.stack[len - 1]);
                    let v = match fast {
                        Some(b) => {
                            frame.stack.truncate(len - 2);
                            Value::Bool(b)
                        }
                        None => {
                            let b = self.pop();
                            let a = self.pop();
                            self.compare_op(cop, &a, &b)?
                        }
                    };
                    self.push(v);
                }
                Op::LoadFast2(a, b) => {
                    let (x, y) = (&frame.locals[a as usize], &frame.locals[b as usize]);
                    if matches!(x, Value::Undef) || matches!(y, Value::Undef) {
                        let i = if matches!(x, Value::Undef) { a } else { b };
                        let name = frame.code.varnames[i as usize].clone();
                        return Err(PyErr::new(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        )
                        .into());
                    }
                    let (x, y) = (x.fast_clone(), y.fast_clone());
                    frame.stack.push(x);
                    frame.stack.push(y);
                    frame.ip += 1;
                }
                Op::LoadFastConst(a, c) => {
                    let x = &frame.locals[a as usize];
                    if matches!(x, Value::Undef) {
                        let name = frame.code.varnames[a as usize].clone();
                        return Err(PyErr::new(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        )
                        .into());
                    }
                    let (x, y) = (x.fast_clone(), frame.code.consts[c as usize].fast_clone());
                    frame.stack.push(x);
                    frame.stack.push(y);
                    frame.ip += 1;
                }
                Op::CompareJumpIfFalse(cop, t) => {
                    let truth = match frame.stack[..] {
                        [.., Value::Int(x), Value::Int(y)] => super::ops::compare_i64(cop, x, y),
                        _ => None,
                    };
                    if truth.is_some() {
                        // Two ints: nothing to drop.
                        std::mem::forget(frame.stack.pop());
                        std::mem::forget(frame.stack.pop());
                    }
                    let truth = match truth {
                        Some(b) => b,
                        None => {
                            let b = self.pop();
                            let a = self.pop();
                            let r = self.compare_op(cop, &a, &b)?;
                            match r.truthy_fast() {
                                Some(b) => b,
                                None => self.truthy(&r)?,
                            }
                        }
                    };
                    let f = top!(self);
                    f.ip = if truth { f.ip + 1 } else { t as usize };
                }
                Op::Jump(t) => {
                    // Loops jump back, so checking here lets Ctrl-C (or a limit) stop
                    // any loop; before the jump, so that the traceback shows the loop.
                    if super::interrupt_raised() {
                        self.interrupted()?;
                        top!(self).ip = t as usize;
                    } else {
                        frame.ip = t as usize;
                    }
                }
                Op::PopJumpIfFalse(t) => {
                    let v = frame.stack.pop().expect("value");
                    let truth = match v.truthy_fast() {
                        Some(b) => b,
                        None => self.truthy(&v)?,
                    };
                    if !truth {
                        top!(self).ip = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = frame.stack.pop().expect("value");
                    let truth = match v.truthy_fast() {
                        Some(b) => b,
                        None => self.truthy(&v)?,
                    };
                    if truth {
                        top!(self).ip = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                    let v = frame.stack.last().expect("value").clone();
                    let truth = self.truthy(&v)?;
                    let f = top!(self);
                    if truth == matches!(op, Op::JumpIfTrueOrPop(_)) {
                        f.ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = self.pop();
                    let it = self.get_iter(v)?;
                    self.push(it);
                }
                Op::ForIter(_) => self.for_iter()?,
                Op::BuildTuple(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    frame.stack.push(Value::tuple(items));
                }
                Op::BuildList(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    frame.stack.push(Value::list(items));
                }
                Op::BuildSet(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let s = self.build_set(items, false)?;
                    self.push(s);
                }
                Op::BuildMap(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                    let d = self.build_dict(items)?;
                    self.push(d);
                }
                Op::BuildString(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let mut s = String::new();
                    for it in &items {
                        s.push_str(it.as_str().unwrap_or(""));
                    }
                    frame.stack.push(Value::string(s));
                }
                Op::ListAppend(n) => {
                    let v = frame.stack.pop().expect("value");
                    if let Value::List(l) = &frame.stack[frame.stack.len() - n as usize] {
                        l.borrow_mut().push(v);
                    }
                }
                Op::SetAdd(n)
                | Op::SetUpdate(n)
                | Op::ListExtend(n)
                | Op::DictUpdate(n)
                | Op::DictMerge(n)
                | Op::MapAdd(n) => self.collection_op(op, n as usize)?,
                Op::ListToTuple => {
                    let v = self.pop();
                    let items = match &v {
                        Value::List(l) => l.borrow().clone(),
                        _ => vec![],
                    };
                    self.push(Value::tuple(items));
                }
                Op::FormatValue(fl) => self.format_value_op(fl)?,
                Op::UnpackSequence(n) => self.unpack(n as usize, None)?,
                Op::UnpackEx(n) => self.unpack((n & 0xff) as usize, Some((n >> 8) as usize))?,
                Op::Call(n) => self.call_op(n as usize)?,
                Op::CallKw(n) => self.call_kw_op(n as usize)?,
                Op::CallEx(has_kw) => self.call_ex_op(has_kw != 0)?,
                Op::MakeFunction(fl) => self.make_function_op(fl)?,
                Op::LoadBuildClass => {
                    let b = self
                        .builtins
                        .borrow()
                        .get_name("__build_class__")
                        .cloned()
                        .unwrap_or_default();
                    self.push(b);
                }
                Op::ReturnValue => self.return_op()?,
                Op::YieldValue(_) => self.yield_op()?,
                Op::Send(_) => self.send_op()?,
                Op::GetYieldFromIter => {
                    let v = self.pop();
                    let it = match v {
                        Value::Generator(ref g) if g.is_iterator() => v,
                        other => self.yield_from_iter(other)?,
                    };
                    self.push(it);
                }
                Op::GetAwaitable(_) | Op::GetAIter | Op::GetANext | Op::BeforeAsyncWith => {
                    self.async_op(op)?
                }
                Op::EndAsyncFor => {
                    let exc = self.pop();
                    let e = PyErr::from_value(&exc).expect("exception instance");
                    if !e.matches(ExcKind::StopAsyncIteration) {
                        return Err(Stop::Raise(e, false));
                    }
                    self.pop();
                }
                Op::PushExcInfo => {
                    let exc = frame.stack.pop().expect("exception");
                    let prev = frame.handled.take().map_or(Value::None, |e| e.value());
                    frame.handled = PyErr::from_value(&exc);
                    frame.stack.push(prev);
                    frame.stack.push(exc);
                }
                Op::PopExcept => {
                    let prev = frame.stack.pop().expect("previous exception");
                    frame.handled = PyErr::from_value(&prev);
                }
                Op::CheckExcMatch => {
                    let typ = self.pop();
                    let exc = top!(self).stack.last().cloned().unwrap_or_default();
                    let m = self.exception_matches(&exc, &typ)?;
                    self.push(Value::Bool(m));
                }
                Op::CheckEgMatch => self.check_eg_match()?,
                Op::PrepReraiseStar => self.prep_reraise_star()?,
                Op::Reraise => {
                    let exc = self.pop();
                    let e = PyErr::from_value(&exc).expect("exception instance");
                    return Err(Stop::Raise(e, false));
                }
                Op::PopExceptReraise => {
                    let exc = self.pop();
                    let prev = self.pop();
                    top!(self).handled = PyErr::from_value(&prev);
                    let e = PyErr::from_value(&exc).expect("exception instance");
                    return Err(Stop::Raise(e, false));
                }
                Op::RaiseVarargs(n) => {
                    let (e, fresh) = self.raise_op(n);
                    return Err(Stop::Raise(e, fresh));
                }
                Op::BeforeWith => self.before_with()?,
                Op::WithExceptStart => self.with_except_start()?,
                Op::ImportName(i) => {
                    let name = frame.code.names[i as usize].clone();
                    let globals = frame.globals.clone();
                    let fromlist = frame.stack.pop().expect("fromlist");
                    let level = frame.stack.pop().expect("level");
                    let m = self.import_name(&name, &fromlist, &level, &globals)?;
                    self.push(m);
                }
                Op::ImportFrom(i) => {
                    let name = frame.code.names[i as usize].clone();
                    let m = frame.stack.last().cloned().unwrap_or_default();
                    let v = self.import_from(&m, &name)?;
                    self.push(v);
                }
                Op::ImportStar => {
                    let m = self.pop();
                    self.import_star(&m)?;
                }
                Op::PrintExpr => {
                    let v = self.pop();
                    self.print_expr(v)?;
                }
                Op::LoadAssertionError => {
                    let c = crate::objects::class::types().exc(ExcKind::AssertionError);
                    frame.stack.push(Value::Class(c));
                }
            }
        }
    }

    fn for_iter(&mut self) -> Result<(), Stop> {
        let frame = top!(self);
        let it = frame.stack.last().expect("iterator").clone();
        if let Value::Generator(g) = &it {
            let r = self.resume(g, Resume::Send(Value::None), Deliver::ForIter);
            return self.after_delivery(r);
        }
        if let Value::Instance(inst) = &it {
            match inst.class.lookup_slot("__next__") {
                // A Python `__next__` runs as a frame of this loop, not a nested one.
                Some(Value::Function(ref f)) if !f.code.is_generator() => {
                    let mut frame = self.frame_for_self_call(f, it.clone())?;
                    frame.deliver = Deliver::ForIterCall;
                    return Ok(self.push_frame(frame)?);
                }
                _ => {}
            }
        }
        match self.iter_next(&it)? {
            Some(v) => self.push(v),
            None => top!(self).end_for_loop(),
        }
        Ok(())
    }

    fn return_op(&mut self) -> Result<(), Stop> {
        let v = self.pop();
        let mut frame = self.frames.pop().expect("frame");
        if let (Deliver::Call, None) = (&frame.deliver, &frame.gen) {
            // The common case: a plain call returns to the frame below.
            self.recycle(frame);
            if crate::objects::generator::has_pending_close() {
                self.close_pending();
            }
            self.frames.last_mut().expect("caller frame").stack.push(v);
            return Ok(());
        }
        let deliver = match std::mem::replace(&mut frame.deliver, Deliver::Call) {
            Deliver::Observed => self.observed_return(frame, &v),
            d => {
                frame.end_generator();
                self.recycle(frame);
                d
            }
        };
        if crate::objects::generator::has_pending_close() && !matches!(deliver, Deliver::Native) {
            self.close_pending();
        }
        let r = self.deliver(deliver, Outcome::Returned(v));
        self.after_delivery(r)
    }

    fn yield_op(&mut self) -> Result<(), Stop> {
        let mut v = self.pop();
        if !self.consumers.is_empty() {
            // A native consumer driving this generator may take the value in place.
            match self.absorb_yield(v) {
                Ok(()) => return Ok(()),
                Err(back) => v = back,
            }
        }
        let mut frame = self.frames.pop().expect("frame");
        let gen = frame.gen.take().expect("yield outside a generator frame");
        let deliver = std::mem::replace(&mut frame.deliver, Deliver::Call);
        gen.suspend(frame);
        if let Deliver::ForIter | Deliver::Next | Deliver::NextDefault(_) | Deliver::YieldFrom =
            deliver
        {
            // The hot path: every Python-level resumer takes the yielded value as is.
            self.push(v);
            return Ok(());
        }
        let r = self.deliver(deliver, Outcome::Yielded(v));
        self.after_delivery(r)
    }

    /// `yield from`'s step: `[sub, v]`; resume `sub` with `v`.
    fn send_op(&mut self) -> Result<(), Stop> {
        let v = self.pop();
        let sub = top!(self).stack.last().expect("delegate").clone();
        if let Value::Generator(g) = &sub {
            let r = self.resume(g, Resume::Send(v), Deliver::YieldFrom);
            return self.after_delivery(r);
        }
        let r = if matches!(v, Value::None) && !matches!(sub, Value::Instance(_)) {
            self.iter_next(&sub).map(|o| o.ok_or(()))
        } else if matches!(v, Value::None) {
            match self.lookup_method(&sub, "__next__") {
                Some(m) => self.call(&m, vec![], vec![]).map(Ok),
                None => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object is not an iterator", sub.type_name()),
                )),
            }
        } else {
            match self.lookup_method(&sub, "send") {
                Some(m) => self.call(&m, vec![v], vec![]).map(Ok),
                None => Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute 'send'", sub.type_name()),
                )),
            }
        };
        match r {
            Ok(Ok(y)) => self.push(y),
            Ok(Err(())) => top!(self).finish_yield_from(Value::None),
            Err(e) if e.matches(ExcKind::StopIteration) => {
                top!(self).finish_yield_from(e.stop_value())
            }
            Err(e) => return Err(e.into()),
        }
        Ok(())
    }
}
