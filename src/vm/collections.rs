//! Ops that build and take apart containers: set and dict displays, comprehension
//! appends, `*`/`**` unpacking in displays and calls, and sequence unpacking.

use super::Vm;
use crate::objects::code::Op;
use crate::objects::{Dict, ExcKind, HashKey, PyErr, PyResult, Set, Value};

impl Vm {
    /// A set from values, in order.
    pub fn build_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let s = Set::new(frozen);
        for v in items {
            let k = self.set_key(&s, v)?;
            s.add(k);
        }
        Ok(Value::set(s))
    }

    /// A dict from alternating keys and values.
    pub fn build_dict(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let mut d = Dict::with_capacity_and_hasher(items.len() / 2, Default::default());
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            let k = self.new_dict_key(&d, k)?;
            d.insert(k, v);
        }
        Ok(Value::dict(d))
    }

    /// `SetAdd`, `SetUpdate`, `ListExtend`, `DictUpdate`, `MapAdd` on the container
    /// `n` items below the top.
    pub(super) fn collection_op(&mut self, op: Op, n: usize) -> PyResult<()> {
        let frame = self.frames.last_mut().expect("frame");
        match op {
            Op::MapAdd(_) => {
                let v = frame.stack.pop().expect("value");
                let k = frame.stack.pop().expect("key");
                let target = frame.stack[frame.stack.len() - n].clone();
                if let Value::Dict(ref d) = target {
                    let k = self.dict_key(d, k)?;
                    d.borrow_mut().insert(k, v);
                }
            }
            Op::SetAdd(_) => {
                let v = frame.stack.pop().expect("value");
                let target = frame.stack[frame.stack.len() - n].clone();
                if let Value::Set(ref s) = target {
                    let k = self.set_key(s, v)?;
                    s.add(k);
                }
            }
            Op::SetUpdate(_) | Op::ListExtend(_) => {
                let v = frame.stack.pop().expect("iterable");
                let target = frame.stack[frame.stack.len() - n].clone();
                let items = self.collect(&v).map_err(|e| {
                    if e.matches(ExcKind::TypeError) && matches!(op, Op::ListExtend(_)) {
                        PyErr::new(
                            ExcKind::TypeError,
                            format!("Value after * must be an iterable, not {}", v.type_name()),
                        )
                    } else {
                        e
                    }
                })?;
                match target {
                    Value::Set(ref s) if matches!(v, Value::Set(_)) => {
                        if let Value::Set(src) = &v {
                            self.set_merge(s, src)?;
                        }
                    }
                    Value::List(ref l) => l.borrow_mut().extend(items),
                    Value::Set(ref s) => {
                        for i in items {
                            let k = self.set_key(s, i)?;
                            s.add(k);
                        }
                    }
                    _ => {}
                }
            }
            Op::DictMerge(_) => {
                let v = frame.stack.pop().expect("mapping");
                let callee = frame.stack[frame.stack.len() - n - 2].clone();
                let target = frame.stack[frame.stack.len() - n].clone();
                let Value::Dict(ref d) = target else {
                    return Ok(());
                };
                let mut incoming = crate::objects::Dict::default();
                self.update_dict(&mut incoming, &v).map_err(|_| {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "{} argument after ** must be a mapping, not {}",
                            function_str(&callee),
                            v.type_name()
                        ),
                    )
                })?;
                for (k, val) in incoming {
                    if d.borrow().contains_key(&k) {
                        let key = k.value.as_str().unwrap_or("").to_string();
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            format!(
                                "{} got multiple values for keyword argument '{key}'",
                                function_str(&callee)
                            ),
                        ));
                    }
                    d.borrow_mut().insert(k, val);
                }
            }
            Op::DictUpdate(_) => {
                let v = frame.stack.pop().expect("mapping");
                let target = frame.stack[frame.stack.len() - n].clone();
                let Value::Dict(ref d) = target else {
                    return Ok(());
                };
                match &v {
                    Value::Dict(src) => {
                        let pairs: Vec<(HashKey, Value)> = src
                            .borrow()
                            .iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        self.dict_extend(d, pairs)?;
                    }
                    _ => {
                        let keys_m = self.get_attr(&v, "keys").map_err(|_| {
                            PyErr::new(
                                ExcKind::TypeError,
                                format!("'{}' object is not a mapping", v.type_name()),
                            )
                        })?;
                        let keys = self.call(&keys_m, vec![], vec![])?;
                        for k in self.collect(&keys)? {
                            let val = self.get_item(&v, &k)?;
                            let k = self.dict_key(d, k)?;
                            d.borrow_mut().insert(k, val);
                        }
                    }
                }
            }
            _ => unreachable!("not a collection op"),
        }
        Ok(())
    }

    /// `UnpackSequence(n)` / `UnpackEx(before, after)`: pushes items so the first is on top.
    pub(super) fn unpack(&mut self, before: usize, after: Option<usize>) -> PyResult<()> {
        let v = self
            .frames
            .last_mut()
            .expect("frame")
            .stack
            .pop()
            .expect("value");
        // The common case, `a, b = pair`: push straight from the tuple or list.
        if after.is_none() {
            let stack = &mut self.frames.last_mut().expect("frame").stack;
            match &v {
                Value::Tuple(t) if t.len() == before => {
                    stack.extend(t.iter().rev().cloned());
                    return Ok(());
                }
                Value::List(l) if l.borrow().len() == before => {
                    stack.extend(l.borrow().iter().rev().cloned());
                    return Ok(());
                }
                _ => {}
            }
        }
        let items = match &v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => self.collect(&v).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!("cannot unpack non-iterable {} object", v.type_name()),
                    )
                } else {
                    e
                }
            })?,
        };
        let mut out = match after {
            None => {
                if items.len() != before {
                    let msg = if items.len() > before {
                        format!("too many values to unpack (expected {before})")
                    } else {
                        format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        )
                    };
                    return Err(PyErr::new(ExcKind::ValueError, msg));
                }
                items
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ),
                    ));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                items.push(Value::list(middle));
                items.extend(tail);
                items
            }
        };
        out.reverse();
        self.frames.last_mut().expect("frame").stack.extend(out);
        Ok(())
    }

    /// `BeforeWith`: `[mgr] -> [exit, enter_result]`.
    pub(super) fn before_with(&mut self) -> PyResult<()> {
        let mgr = self
            .frames
            .last_mut()
            .expect("frame")
            .stack
            .pop()
            .expect("manager");
        let missing = |what: &str| {
            PyErr::new(
                ExcKind::AttributeError,
                format!(
                    "'{}' object does not support the context manager protocol{what}",
                    mgr.type_name()
                ),
            )
        };
        let enter = self
            .lookup_method(&mgr, "__enter__")
            .ok_or_else(|| missing(""))?;
        let exit = self
            .lookup_method(&mgr, "__exit__")
            .ok_or_else(|| missing(" (missed __exit__ method)"))?;
        let r = self.call(&enter, vec![], vec![])?;
        let f = self.frames.last_mut().expect("frame");
        f.stack.push(exit);
        f.stack.push(r);
        Ok(())
    }

    /// `WithExceptStart`: `[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]`.
    pub(super) fn with_except_start(&mut self) -> PyResult<()> {
        let f = self.frames.last().expect("frame");
        let n = f.stack.len();
        let exc = f.stack[n - 1].clone();
        let exit = f.stack[n - 3].clone();
        let typ = match &exc {
            Value::Instance(i) => Value::Class(i.class.clone()),
            _ => Value::None,
        };
        let tb = self.get_attr(&exc, "__traceback__").unwrap_or_default();
        let r = self.call(&exit, vec![typ, exc, tb], vec![])?;
        self.frames.last_mut().expect("frame").stack.push(r);
        Ok(())
    }
}

/// How CPython names a callable in call errors: `f()`, `C.m()`.
fn function_str(f: &Value) -> String {
    match f {
        Value::Function(func) => match func.module().as_str() {
            Some(m) if m != "builtins" => format!("{m}.{}()", func.qualname.borrow()),
            _ => format!("{}()", func.qualname.borrow()),
        },
        Value::BoundMethod(m) => function_str(&m.func),
        Value::Builtin(b) => format!("{}()", b.def.name),
        Value::Class(c) => format!("{}()", c.name),
        other => format!("{} object", other.type_name()),
    }
}

impl Vm {
    /// `d.update(src)`: from a mapping or an iterable of pairs.
    pub fn update_dict(&mut self, d: &mut Dict, src: &Value) -> PyResult<()> {
        if let Value::Dict(s) = src {
            for (k, v) in s.borrow().iter() {
                d.insert(k.clone(), v.clone());
            }
            return Ok(());
        }
        if let Value::Instance(_) | Value::Native(_) = src {
            if let Some(keys) = self.lookup_method(src, "keys") {
                let ks = self.call(&keys, vec![], vec![])?;
                for k in self.collect(&ks)? {
                    let v = self.get_item(src, &k)?;
                    let k = self.new_dict_key(d, k)?;
                    d.insert(k, v);
                }
                return Ok(());
            }
        }
        for (i, item) in self.collect(src)?.into_iter().enumerate() {
            let pair = self.collect(&item).map_err(|_| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                )
            })?;
            if pair.len() != 2 {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    ),
                ));
            }
            let mut p = pair.into_iter();
            let (k, v) = (p.next().unwrap_or_default(), p.next().unwrap_or_default());
            let k = self.new_dict_key(d, k)?;
            d.insert(k, v);
        }
        Ok(())
    }
}
