//! Subscripts: `obj[key]`, `obj[key] = v`, `del obj[key]` for the built-in sequences
//! and mappings (with slices) and for instances with `__getitem__` & co.

use std::rc::Rc;

use super::Vm;
use crate::objects::sequence::{norm_index, slice_indices};
use crate::objects::{ExcKind, PyErr, PyResult, Value};

/// Resolved slice bounds.
type Bounds = (Option<i64>, Option<i64>, Option<i64>);

fn slice_part(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => {
            use num_traits::Signed;
            Ok(Some(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }))
        }
        Value::Instance(_) if crate::objects::class::int_part(v).is_some() => {
            slice_part(crate::objects::class::int_part(v).unwrap_or(v))
        }
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// The bounds of a slice object.
pub fn slice_bounds(s: &(Value, Value, Value)) -> PyResult<Bounds> {
    Ok((slice_part(&s.0)?, slice_part(&s.1)?, slice_part(&s.2)?))
}

fn index_of(key: &Value, what: &str) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )),
        _ if what == "string" => Err(PyErr::new(
            ExcKind::TypeError,
            format!("string indices must be integers, not '{}'", key.type_name()),
        )),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{what} indices must be integers or slices, not {}",
                key.type_name()
            ),
        )),
    }
}

/// Where an empty slice with start `a` sits in a sequence of `len` items (the point
/// a slice assignment inserts at).
fn slice_start(a: Option<i64>, len: usize) -> usize {
    let len = len as i64;
    a.map_or(0, |v| if v < 0 { (v + len).max(0) } else { v.min(len) }) as usize
}

fn out_of_range(what: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, format!("{what} index out of range"))
}

impl Vm {
    /// `operator.index(v)` for instances: their `__index__`, or `v` unchanged.
    pub fn index_dunder(&mut self, v: &Value) -> PyResult<Value> {
        match self.lookup_method(v, "__index__") {
            Some(m) => self.call(&m, vec![], vec![]),
            None => Ok(v.clone()),
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let indexed;
        let key = match (obj, key) {
            (
                Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Range(_)
                | Value::Bytes(_)
                | Value::ByteArray(_),
                Value::Instance(_),
            ) => {
                indexed = self.index_dunder(key)?;
                &indexed
            }
            _ => key,
        };
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let items = l.borrow();
                let (a, b, c) = slice_bounds(s)?;
                Ok(Value::list(
                    slice_indices(a, b, c, items.len())?
                        .into_iter()
                        .map(|i| items[i].clone())
                        .collect(),
                ))
            }
            (Value::List(l), _) => {
                let items = l.borrow();
                let i = index_of(key, "list")?;
                norm_index(i, items.len())
                    .map(|i| items[i].clone())
                    .ok_or_else(|| out_of_range("list"))
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let (a, b, c) = slice_bounds(s)?;
                Ok(Value::tuple(
                    slice_indices(a, b, c, t.len())?
                        .into_iter()
                        .map(|i| t[i].clone())
                        .collect(),
                ))
            }
            (Value::Tuple(t), _) => {
                let i = index_of(key, "tuple")?;
                norm_index(i, t.len())
                    .map(|i| t[i].clone())
                    .ok_or_else(|| out_of_range("tuple"))
            }
            (Value::Str(s), Value::Slice(sl)) => {
                let (a, b, c) = slice_bounds(sl)?;
                let idx = slice_indices(a, b, c, s.char_len())?;
                if s.is_ascii() {
                    let bytes = s.as_str().as_bytes();
                    Ok(Value::string(
                        idx.into_iter().map(|i| bytes[i] as char).collect(),
                    ))
                } else {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    Ok(Value::string(idx.into_iter().map(|i| chars[i]).collect()))
                }
            }
            (Value::Str(s), _) => {
                let i = index_of(key, "string")?;
                norm_index(i, s.char_len())
                    .map(|i| Value::string(s.char_at(i).to_string()))
                    .ok_or_else(|| out_of_range("string"))
            }
            (Value::Bytes(_) | Value::ByteArray(_), Value::Slice(sl)) => {
                let (a, b, c) = slice_bounds(sl)?;
                let data = obj.as_bytes().map(|d| {
                    slice_indices(a, b, c, d.len())
                        .map(|idx| idx.into_iter().map(|i| d[i]).collect())
                });
                Ok(obj.bytes_like(data.unwrap_or(Ok(Vec::new()))?))
            }
            (Value::Bytes(d), _) => {
                let i = index_of(key, "byte")?;
                norm_index(i, d.len())
                    .map(|i| Value::Int(i64::from(d[i])))
                    .ok_or_else(|| PyErr::new(ExcKind::IndexError, "index out of range"))
            }
            (Value::ByteArray(d), _) => {
                let i = index_of(key, "bytearray")?;
                let d = d.borrow();
                norm_index(i, d.len())
                    .map(|i| Value::Int(i64::from(d[i])))
                    .ok_or_else(|| out_of_range("bytearray"))
            }
            (Value::Range(r), Value::Slice(sl)) => {
                let (a, b, c) = slice_bounds(sl)?;
                let (start, _, step) = **r;
                let len = crate::objects::int::range_len(r.0, r.1, r.2) as usize;
                let (i, j, k) = crate::objects::sequence::adjust_indices(a, b, c, len)?;
                Ok(Value::Range(Rc::new((
                    start + i * step,
                    start + j * step,
                    step * k,
                ))))
            }
            (Value::Range(r), _) => {
                let i = index_of(key, "range object")?;
                let len = crate::objects::int::range_len(r.0, r.1, r.2) as usize;
                norm_index(i, len)
                    .map(|i| Value::Int(r.0 + i as i64 * r.2))
                    .ok_or_else(|| {
                        PyErr::new(ExcKind::IndexError, "range object index out of range")
                    })
            }
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, key.clone())?;
                let found = d.borrow().get(&k).cloned();
                match found {
                    Some(v) => Ok(v),
                    None => Err(PyErr::with_args(
                        crate::objects::class::types().exc(ExcKind::KeyError),
                        vec![key.clone()],
                    )),
                }
            }
            (Value::Instance(_), _)
                if crate::objects::class::builtin_part(obj, "__getitem__").is_some() =>
            {
                self.base_get_item(obj, key)
            }
            (Value::Instance(_), _) => match self.lookup_method(obj, "__getitem__") {
                Some(m) => self.call(&m, vec![key.clone()], vec![]),
                None => Err(not_subscriptable(obj)),
            },
            (Value::Class(c), _) if c.is_builtin() => {
                Ok(crate::objects::generic::GenericAlias::subscript(c, key)
                    .unwrap_or_else(|| obj.clone()))
            }
            (Value::Class(c), _)
                if c.metaclass.is_some() && self.lookup_method(obj, "__getitem__").is_some() =>
            {
                let m = self.lookup_method(obj, "__getitem__").unwrap_or_default();
                self.call(&m, vec![key.clone()], vec![])
            }
            (Value::Class(c), _) if c.lookup("__class_getitem__").is_some() => {
                // `C[x]` calls `C.__class_getitem__(x)`, implicitly a class method.
                let f = self.get_attr(obj, "__class_getitem__")?;
                let args = match f {
                    Value::Function(_) => vec![obj.clone(), key.clone()],
                    _ => vec![key.clone()],
                };
                self.call(&f, args, vec![])
            }
            (Value::Native(n), _) => n
                .getitem(self, key)
                .unwrap_or_else(|| Err(not_subscriptable(obj))),
            _ => Err(not_subscriptable(obj)),
        }
    }

    /// `obj[key]` on an instance of a subclass of a built-in type that leaves
    /// `__getitem__` to it: the item of its value; for a dict, a missing key goes to
    /// the class's `__missing__` if it has one (how `defaultdict` works).
    fn base_get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let base = crate::objects::class::builtin_part(obj, "__getitem__")
            .cloned()
            .unwrap_or_default();
        let missing = match (&base, obj) {
            (Value::Dict(d), Value::Instance(inst)) => {
                match inst.class.lookup_slot("__missing__") {
                    Some(m) if !self.dict_contains(d, key)? => Some(m),
                    _ => None,
                }
            }
            _ => None,
        };
        match missing {
            Some(m) => self.call(&m, vec![obj.clone(), key.clone()], vec![]),
            None => self.get_item(&base, key),
        }
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match (obj, &key) {
            (Value::List(l), Value::Slice(s)) => {
                let new = self.collect(&value)?;
                let (a, b, c) = slice_bounds(s)?;
                let mut items = l.borrow_mut();
                let idx = slice_indices(a, b, c, items.len())?;
                if c.unwrap_or(1) == 1 {
                    let start = idx
                        .first()
                        .copied()
                        .unwrap_or_else(|| slice_start(a, items.len()));
                    let end = start + idx.len();
                    items.splice(start..end, new);
                    return Ok(());
                }
                if idx.len() != new.len() {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            idx.len()
                        ),
                    ));
                }
                for (i, v) in idx.into_iter().zip(new) {
                    items[i] = v;
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let i = index_of(&key, "list")?;
                let mut items = l.borrow_mut();
                let len = items.len();
                let i = norm_index(i, len).ok_or_else(|| {
                    PyErr::new(ExcKind::IndexError, "list assignment index out of range")
                })?;
                items[i] = value;
                Ok(())
            }
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, key)?;
                d.borrow_mut().insert(k, value);
                Ok(())
            }
            (Value::ByteArray(d), Value::Slice(s)) => {
                let new = match value.as_bytes() {
                    Some(b) => b.to_vec(),
                    None if matches!(value, Value::Str(_)) || value.as_i64().is_some() => {
                        return Err(PyErr::new(
                            ExcKind::TypeError,
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ))
                    }
                    None => self.collect_bytes(&value, "byte must be in range(0, 256)")?,
                };
                let (a, b, c) = slice_bounds(s)?;
                let mut data = d.borrow_mut();
                let idx = slice_indices(a, b, c, data.len())?;
                if c.unwrap_or(1) == 1 {
                    let start = idx
                        .first()
                        .copied()
                        .unwrap_or_else(|| slice_start(a, data.len()));
                    data.splice(start..start + idx.len(), new);
                    return Ok(());
                }
                if idx.len() != new.len() {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            new.len(),
                            idx.len()
                        ),
                    ));
                }
                for (i, v) in idx.into_iter().zip(new) {
                    data[i] = v;
                }
                Ok(())
            }
            (Value::ByteArray(d), _) => {
                let i = index_of(&key, "bytearray")?;
                let byte =
                    crate::objects::bytes::byte_value(crate::objects::args::int(&value, "")?)?;
                let mut data = d.borrow_mut();
                let len = data.len();
                let i = norm_index(i, len).ok_or_else(|| out_of_range("bytearray"))?;
                data[i] = byte;
                Ok(())
            }
            (Value::Instance(_), _)
                if crate::objects::class::builtin_part(obj, "__setitem__").is_some() =>
            {
                let base = crate::objects::class::builtin_part(obj, "__setitem__")
                    .cloned()
                    .unwrap_or_default();
                self.set_item(&base, key, value)
            }
            (Value::Instance(_), _) => match self.lookup_method(obj, "__setitem__") {
                Some(m) => self.call(&m, vec![key, value], vec![]).map(|_| ()),
                None => Err(no_item_assignment(obj)),
            },
            (Value::Native(n), _) => n
                .setitem(self, &key, value)
                .unwrap_or_else(|| Err(no_item_assignment(obj))),
            _ => Err(no_item_assignment(obj)),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let (a, b, c) = slice_bounds(s)?;
                let mut items = l.borrow_mut();
                let mut idx = slice_indices(a, b, c, items.len())?;
                idx.sort_unstable();
                for i in idx.into_iter().rev() {
                    items.remove(i);
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let i = index_of(key, "list")?;
                let mut items = l.borrow_mut();
                let len = items.len();
                let i = norm_index(i, len).ok_or_else(|| {
                    PyErr::new(ExcKind::IndexError, "list assignment index out of range")
                })?;
                items.remove(i);
                Ok(())
            }
            (Value::ByteArray(d), Value::Slice(s)) => {
                let (a, b, c) = slice_bounds(s)?;
                let mut data = d.borrow_mut();
                let mut idx = slice_indices(a, b, c, data.len())?;
                idx.sort_unstable();
                let mut drop = idx.into_iter().peekable();
                let mut at = 0;
                data.retain(|_| {
                    let keep = drop.peek() != Some(&at);
                    if !keep {
                        drop.next();
                    }
                    at += 1;
                    keep
                });
                Ok(())
            }
            (Value::ByteArray(d), _) => {
                let i = index_of(key, "bytearray")?;
                let mut data = d.borrow_mut();
                let len = data.len();
                let i = norm_index(i, len).ok_or_else(|| out_of_range("bytearray"))?;
                data.remove(i);
                Ok(())
            }
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, key.clone())?;
                let removed = d.borrow_mut().shift_remove(&k);
                match removed {
                    Some(_) => {
                        self.dict_shrunk();
                        Ok(())
                    }
                    None => Err(PyErr::with_args(
                        crate::objects::class::types().exc(ExcKind::KeyError),
                        vec![key.clone()],
                    )),
                }
            }
            (Value::Instance(_), _)
                if crate::objects::class::builtin_part(obj, "__delitem__").is_some() =>
            {
                let base = crate::objects::class::builtin_part(obj, "__delitem__")
                    .cloned()
                    .unwrap_or_default();
                self.del_item(&base, key)
            }
            (Value::Instance(_), _) => match self.lookup_method(obj, "__delitem__") {
                Some(m) => self.call(&m, vec![key.clone()], vec![]).map(|_| ()),
                None => Err(no_item_deletion(obj)),
            },
            (Value::Native(n), _) => n
                .delitem(self, key)
                .unwrap_or_else(|| Err(no_item_deletion(obj))),
            _ => Err(no_item_deletion(obj)),
        }
    }
}

fn not_subscriptable(obj: &Value) -> PyErr {
    let msg = match obj {
        // A class without __class_getitem__, as CPython words it.
        Value::Class(c) => format!("type '{}' is not subscriptable", c.name),
        _ => format!("'{}' object is not subscriptable", obj.type_name()),
    };
    PyErr::new(ExcKind::TypeError, msg)
}

fn no_item_assignment(obj: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "'{}' object does not support item assignment",
            obj.type_name()
        ),
    )
}

fn no_item_deletion(obj: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!("'{}' object doesn't support item deletion", obj.type_name()),
    )
}
