//! The iteration protocol: `iter()` for every iterable and `next()` for every
//! iterator, including the lazy builtins and itertools, which call back into Python.

use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

use std::rc::Rc;

use super::Vm;
use crate::objects::iter::NativeIter;
use crate::objects::{ExcKind, PyErr, PyResult, Value};

fn not_iterable(v: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("'{}' object is not iterable", v.type_name()),
    )
}

/// `-X warn-exhausted`: iterating a generator that has already finished says so on
/// stderr (it silently gives nothing, which is what a learner meets as "my loop
/// printed nothing").
static WARN_EXHAUSTED: AtomicBool = AtomicBool::new(false);

/// Turns the `-X warn-exhausted` warning on or off.
pub fn set_warn_exhausted(on: bool) {
    WARN_EXHAUSTED.store(on, Relaxed);
}

impl Vm {
    /// The `-X warn-exhausted` warning, when `g` has finished.
    #[cold]
    fn warn_if_exhausted(&self, g: &crate::objects::generator::Generator) {
        if !matches!(
            *g.state.borrow(),
            crate::objects::generator::GenState::Closed
        ) {
            return;
        }
        let place = self.frames.last().map_or(String::new(), |f| {
            format!("{}:{}: ", f.code.source.name, f.line())
        });
        super::output::write_stderr(&format!(
            "{place}warning: generator '{}' is already exhausted, so iterating it again gives \
             nothing; call {}() again for a new generator\n",
            g.name.borrow(),
            g.name.borrow()
        ));
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        Ok(match &v {
            Value::List(l) => NativeIter::List(l.clone(), 0).into_value(),
            Value::Tuple(t) => NativeIter::Seq(t.clone(), 0, "tuple_iterator").into_value(),
            Value::Str(s) => NativeIter::Str(s.clone(), 0).into_value(),
            Value::Bytes(_) | Value::ByteArray(_) => NativeIter::Bytes(v.clone(), 0).into_value(),
            Value::Range(r) => NativeIter::Range {
                next: r.0,
                step: r.2,
                left: crate::objects::int::range_len(r.0, r.1, r.2),
            }
            .into_value(),
            Value::Dict(d) => NativeIter::Dict {
                size: d.borrow().len(),
                dict: d.clone(),
                pos: 0,
                kind: crate::objects::dict::ViewKind::Keys,
            }
            .into_value(),
            Value::DictView(view) => NativeIter::Dict {
                size: view.dict.borrow().len(),
                dict: view.dict.clone(),
                pos: 0,
                kind: view.kind,
            }
            .into_value(),
            Value::Set(s) => NativeIter::Set {
                items: s.iter().into_iter().map(|k| k.value).collect(),
                set: s.clone(),
                pos: 0,
            }
            .into_value(),
            Value::Generator(g) if !g.is_iterator() => return Err(not_iterable(&v)),
            Value::Generator(g) => {
                if WARN_EXHAUSTED.load(Relaxed) {
                    self.warn_if_exhausted(g);
                }
                v
            }
            Value::Iter(_) => v,
            Value::Native(ref n) if n.is_iterator() => v,
            Value::Native(ref n) => match n.iter() {
                Some(it) => it,
                None => return Err(not_iterable(&v)),
            },
            Value::Instance(_) if crate::objects::class::builtin_part(&v, "__iter__").is_some() => {
                let base = crate::objects::class::builtin_part(&v, "__iter__")
                    .cloned()
                    .unwrap_or_default();
                return self.get_iter(base);
            }
            _ if crate::objects::class::has_user_slots(&v) => {
                if let Some(m) = self.lookup_method(&v, "__iter__") {
                    let it = self.call(&m, vec![], vec![])?;
                    let ok = match &it {
                        Value::Instance(_) => self.lookup_method(&it, "__next__").is_some(),
                        Value::Generator(_) | Value::Iter(_) => true,
                        Value::Native(n) => n.is_iterator(),
                        _ => false,
                    };
                    if !ok {
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            format!("iter() returned non-iterator of type '{}'", it.type_name()),
                        ));
                    }
                    it
                } else if self.lookup_method(&v, "__getitem__").is_some() {
                    NativeIter::GetItem { obj: v, index: 0 }.into_value()
                } else {
                    return Err(not_iterable(&v));
                }
            }
            _ => return Err(not_iterable(&v)),
        })
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(state) => self.native_next(state),
            Value::Generator(g) => self.gen_next(g),
            Value::Native(n) if n.is_iterator() => n.next(self),
            Value::Instance(_) => {
                let Some(m) = self.lookup_method(it, "__next__") else {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!("'{}' object is not an iterator", it.type_name()),
                    ));
                };
                match self.call(&m, vec![], vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{}' object is not an iterator", it.type_name()),
            )),
        }
    }

    fn native_next(
        &mut self,
        state: &Rc<std::cell::RefCell<NativeIter>>,
    ) -> PyResult<Option<Value>> {
        let mut s = state.borrow_mut();
        match &mut *s {
            NativeIter::Range { next, step, left } => {
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *left -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            NativeIter::List(l, i) => {
                let v = l.borrow().get(*i).cloned();
                if v.is_some() {
                    *i += 1;
                } else {
                    *s = NativeIter::Done;
                }
                Ok(v)
            }
            NativeIter::Dict {
                dict,
                pos,
                size,
                kind,
            } => {
                let d = dict.borrow();
                if d.len() != *size {
                    *size = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                let Some((k, v)) = d.get_index(*pos) else {
                    return Ok(None);
                };
                *pos += 1;
                Ok(Some(match kind {
                    crate::objects::dict::ViewKind::Keys => k.value.clone(),
                    crate::objects::dict::ViewKind::Values => v.clone(),
                    crate::objects::dict::ViewKind::Items => {
                        Value::tuple(vec![k.value.clone(), v.clone()])
                    }
                }))
            }
            NativeIter::Set { set, items, pos } => {
                if set.len() != items.len() {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "Set changed size during iteration",
                    ));
                }
                let v = items.get(*pos).cloned();
                *pos += 1;
                Ok(v)
            }
            NativeIter::Seq(items, i, _) => {
                let v = items.get(*i).cloned();
                *i += 1;
                Ok(v)
            }
            NativeIter::Str(text, pos) => {
                let rest = &text.as_str()[*pos..];
                match rest.chars().next() {
                    Some(c) => {
                        *pos += c.len_utf8();
                        Ok(Some(Value::string(c.to_string())))
                    }
                    None => Ok(None),
                }
            }
            NativeIter::Bytes(data, i) => {
                let b = data.as_bytes().and_then(|b| b.get(*i).copied());
                *i += 1;
                Ok(b.map(|b| Value::Int(i64::from(b))))
            }
            NativeIter::Reversed(l, i) => {
                if *i == 0 {
                    return Ok(None);
                }
                *i -= 1;
                Ok(l.borrow().get(*i).cloned())
            }
            NativeIter::Repeat { value, left } => match left {
                Some(0) => Ok(None),
                Some(n) => {
                    *n -= 1;
                    Ok(Some(value.clone()))
                }
                None => Ok(Some(value.clone())),
            },
            NativeIter::Count { next, step } => {
                let v = next.clone();
                let (n, st) = (next.clone(), step.clone());
                drop(s);
                let nv = self.binary_op(crate::objects::operator::BinOp::Add, &n, &st)?;
                if let NativeIter::Count { next, .. } = &mut *state.borrow_mut() {
                    *next = nv;
                }
                Ok(Some(v))
            }
            NativeIter::Done => Ok(None),
            _ => {
                drop(s);
                // Iterators wrapping iterators recurse in Rust: counted.
                self.nested("", |vm| vm.calling_next(state))
            }
        }
    }

    /// The native iterators whose step calls other iterators or Python functions; the
    /// state is not borrowed while those calls run.
    fn calling_next(
        &mut self,
        state: &Rc<std::cell::RefCell<NativeIter>>,
    ) -> PyResult<Option<Value>> {
        let step = match &*state.borrow() {
            NativeIter::Enumerate { inner, count } => Step::Enumerate(inner.clone(), count.clone()),
            NativeIter::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            NativeIter::Callable { func, sentinel } => {
                Step::Callable(func.clone(), sentinel.clone())
            }
            NativeIter::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            NativeIter::Filter { func, inner } => Step::Filter(func.clone(), inner.clone()),
            NativeIter::TakeWhile { done: true, .. } => return Ok(None),
            NativeIter::TakeWhile { pred, inner, .. } => {
                Step::TakeWhile(pred.clone(), inner.clone())
            }
            NativeIter::DropWhile {
                pred,
                inner,
                dropping,
            } => Step::DropWhile(pred.clone(), inner.clone(), *dropping),
            NativeIter::Islice { left: Some(0), .. } => return Ok(None),
            NativeIter::Islice { inner, skip, .. } => Step::Islice(inner.clone(), *skip),
            NativeIter::Chain { rest, current } => Step::Chain(rest.clone(), current.clone()),
            NativeIter::GetItem { obj, index } => Step::GetItem(obj.clone(), *index),
            _ => return Ok(None),
        };
        match step {
            Step::Enumerate(inner, count) => {
                let Some(v) = self.iter_next(&inner)? else {
                    return Ok(None);
                };
                let next =
                    self.binary_op(crate::objects::operator::BinOp::Add, &count, &Value::Int(1))?;
                if let NativeIter::Enumerate { count: c, .. } = &mut *state.borrow_mut() {
                    *c = next;
                }
                Ok(Some(Value::tuple(vec![count, v])))
            }
            Step::Zip(its, strict) => {
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => out.push(v),
                        None if strict && i > 0 => {
                            return Err(PyErr::new(
                                ExcKind::ValueError,
                                format!(
                                    "zip() argument {} is shorter than argument{} 1{}",
                                    i + 1,
                                    if i > 1 { "s" } else { "" },
                                    if i > 1 {
                                        format!("-{i}")
                                    } else {
                                        String::new()
                                    }
                                ),
                            ))
                        }
                        None if strict => {
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if self.iter_next(other)?.is_some() {
                                    return Err(PyErr::new(
                                        ExcKind::ValueError,
                                        format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 {
                                                format!("-{j}")
                                            } else {
                                                String::new()
                                            }
                                        ),
                                    ));
                                }
                            }
                            return Ok(None);
                        }
                        None => return Ok(None),
                    }
                }
                Ok((!its.is_empty()).then(|| Value::tuple(out)))
            }
            Step::Callable(func, sentinel) => {
                let v = self.call(&func, vec![], vec![])?;
                if self.eq(&v, &sentinel)? {
                    *state.borrow_mut() = NativeIter::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Step::Map(func, iters) => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, args, vec![]).map(Some)
            }
            Step::Filter(func, inner) => {
                while let Some(v) = self.iter_next(&inner)? {
                    let keep = match &func {
                        Value::None => self.truthy(&v)?,
                        f => {
                            let r = self.call(f, vec![v.clone()], vec![])?;
                            self.truthy(&r)?
                        }
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            Step::TakeWhile(pred, inner) => {
                let Some(v) = self.iter_next(&inner)? else {
                    return Ok(None);
                };
                let r = self.call(&pred, vec![v.clone()], vec![])?;
                if self.truthy(&r)? {
                    return Ok(Some(v));
                }
                if let NativeIter::TakeWhile { done, .. } = &mut *state.borrow_mut() {
                    *done = true;
                }
                Ok(None)
            }
            Step::DropWhile(pred, inner, dropping) => {
                let Some(mut v) = self.iter_next(&inner)? else {
                    return Ok(None);
                };
                if dropping {
                    loop {
                        let r = self.call(&pred, vec![v.clone()], vec![])?;
                        if !self.truthy(&r)? {
                            break;
                        }
                        match self.iter_next(&inner)? {
                            Some(n) => v = n,
                            None => return Ok(None),
                        }
                    }
                    if let NativeIter::DropWhile { dropping, .. } = &mut *state.borrow_mut() {
                        *dropping = false;
                    }
                }
                Ok(Some(v))
            }
            Step::Islice(inner, skip) => {
                for _ in 0..skip {
                    if self.iter_next(&inner)?.is_none() {
                        *state.borrow_mut() = NativeIter::Done;
                        return Ok(None);
                    }
                }
                let v = self.iter_next(&inner)?;
                if let NativeIter::Islice {
                    skip, left, step, ..
                } = &mut *state.borrow_mut()
                {
                    *skip = *step - 1;
                    if let Some(n) = left {
                        *n -= 1;
                    }
                }
                Ok(v)
            }
            Step::Chain(rest, current) => self.chain_next(state, rest, current),
            Step::GetItem(obj, index) => match self.get_item(&obj, &Value::Int(index)) {
                Ok(v) => {
                    if let NativeIter::GetItem { index: i, .. } = &mut *state.borrow_mut() {
                        *i += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if e.matches(ExcKind::IndexError) || e.matches(ExcKind::StopIteration) => {
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }

    fn chain_next(
        &mut self,
        state: &Rc<std::cell::RefCell<NativeIter>>,
        rest: Value,
        mut current: Option<Value>,
    ) -> PyResult<Option<Value>> {
        loop {
            if let Some(cur) = &current {
                if let Some(v) = self.iter_next(cur)? {
                    return Ok(Some(v));
                }
            }
            let Some(next_iterable) = self.iter_next(&rest)? else {
                *state.borrow_mut() = NativeIter::Done;
                return Ok(None);
            };
            let it = self.get_iter(next_iterable)?;
            current = Some(it.clone());
            if let NativeIter::Chain { current: c, .. } = &mut *state.borrow_mut() {
                *c = Some(it);
            }
        }
    }

    /// The items of an iterable of ints as bytes (`bytes([1, 2])`, `ba.extend(it)`):
    /// a non-int item raises CPython's TypeError, one outside 0..256 a ValueError
    /// with `range_error` (`bytes()` and `bytearray` word it differently).
    pub fn collect_bytes(&mut self, iterable: &Value, range_error: &str) -> PyResult<Vec<u8>> {
        let it = self.get_iter(iterable.clone())?;
        let mut out = Vec::new();
        while let Some(v) = self.iter_next(&it)? {
            let i = crate::objects::args::int(&v, "")?;
            let b = u8::try_from(i).map_err(|_| PyErr::new(ExcKind::ValueError, range_error))?;
            out.push(b);
        }
        Ok(out)
    }

    /// All items of an iterable, in order.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        match iterable {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::Range(r) => return range_items(r),
            Value::Native(n) => {
                let len = n
                    .downcast::<crate::objects::bigrange::BigRange>()
                    .map(|r| r.len());
                if len.is_some_and(|len| num_traits::ToPrimitive::to_i64(&len).is_none()) {
                    // CPython sizes the list first, and the length is no C ssize_t.
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ));
                }
            }
            _ => {}
        }
        let it = self.get_iter(iterable.clone())?;
        let items = super::consume::Consumer::new(super::consume::Sink::Items);
        Ok(self.consume(&it, items)?.items)
    }
}

/// The items of `range(start, stop, step)`, allocated at once (MemoryError when they
/// cannot be, as CPython's `list(range(...))`).
fn range_items(&(start, stop, step): &(i64, i64, i64)) -> PyResult<Vec<Value>> {
    let len = crate::objects::int::range_len(start, stop, step);
    let mut out = super::limits::try_vec(usize::try_from(len).unwrap_or(0))?;
    out.extend((0..len).map(|i| Value::Int(start + i * step)));
    Ok(out)
}

/// What a calling iterator's step needs, copied out of its state.
enum Step {
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Callable(Value, Value),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    TakeWhile(Value, Value),
    DropWhile(Value, Value, bool),
    Islice(Value, usize),
    Chain(Value, Option<Value>),
    GetItem(Value, i64),
}
