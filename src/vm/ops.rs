//! Operators: arithmetic with the i64 fast path and big-int promotion, comparisons,
//! truthiness, equality and membership, including user classes' dunder methods.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::Vm;
use crate::objects::float::{float_floordiv, float_mod};
use crate::objects::int::{big_binop, floordiv_i64, mod_i64, num_cmp, num_eq, to_big};
use crate::objects::operator::{BinOp, CmpOp, UnaryOp};
use crate::objects::{ExcKind, PyErr, PyResult, Set, Value};

/// The hot path: small-int `+ - * // % & | ^` that cannot overflow or divide by zero.
#[inline(always)]
pub fn i64_fast(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

/// `i64_fast` on two values, when both are small ints.
#[inline]
pub fn int_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => i64_fast(op, *x, *y).map(Value::Int),
        _ => None,
    }
}

/// Comparison of two small ints (None for `is`, `in`, which need the values).
#[inline(always)]
pub fn compare_i64(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    })
}

/// The hot path for comparisons of two small ints.
#[inline]
pub fn compare_fast(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => compare_i64(op, *x, *y),
        _ => None,
    }
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        Value::BigInt(b) => b.to_f64(),
        _ => None,
    }
}

fn is_num(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_)
    )
}

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(v) = self.builtin_binary(op, a, b)? {
            return Ok(v);
        }
        let (name, rname) = op.dunders();
        if let Some(v) = self.binary_dunders(a, b, name, rname)? {
            return Ok(v);
        }
        let (x, y) = (
            crate::objects::class::builtin_part(a, name),
            crate::objects::class::builtin_part(b, rname),
        );
        if x.is_some() || y.is_some() {
            // Subclasses of built-in types: the operation on their values; an error
            // names the operands' own types.
            let (x, y) = (x.unwrap_or(a), y.unwrap_or(b));
            if let Some(v) = self.builtin_binary(op, x, y)? {
                return Ok(v);
            }
            return Err(self.binop_error(op, x, a, b));
        }
        // `int | None`: type's `__or__`, after any metaclass's own.
        if op == BinOp::BitOr {
            if let Some(u) = crate::objects::union::UnionType::combine(a, b) {
                return Ok(u);
            }
        }
        Err(self.binop_type_error(op, a, b))
    }

    /// The result of the instances' special methods for a binary operation (`name`
    /// on `a`, the reflected `rname` on `b`, in Python's order), or None when neither
    /// operand is an instance that answers.
    pub fn binary_dunders(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let (ta, tb) = (
            crate::objects::class::types().class_of(a),
            crate::objects::class::types().class_of(b),
        );
        let same_type = Rc::ptr_eq(&ta, &tb);
        // The reflected method goes first when the right operand's type is a proper
        // subclass of the left's that overrides it; it is never tried for equal types.
        let reflected_first = !same_type
            && tb.is_subclass(&ta)
            && tb.lookup_slot(rname).is_some()
            && tb.lookup_slot(rname).map(|m| m.heap_ptr())
                != ta.lookup_slot(rname).map(|m| m.heap_ptr());
        let mut attempts: Vec<(&Value, &Value, &str)> = Vec::with_capacity(2);
        if reflected_first {
            attempts.push((b, a, rname));
        }
        attempts.push((a, b, name));
        if !same_type && !reflected_first {
            attempts.push((b, a, rname));
        }
        for (recv, arg, meth) in attempts {
            if crate::objects::class::has_user_slots(recv) {
                if let Some(m) = self.lookup_method(recv, meth) {
                    let r = self.call(&m, vec![arg.clone()], vec![])?;
                    if !self.is_not_implemented(&r) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        Ok(None)
    }

    fn binop_type_error(&self, op: BinOp, a: &Value, b: &Value) -> PyErr {
        self.binop_error(op, a, a, b)
    }

    /// The TypeError of `a op b`, whose left operand's value is `shape` (`a` itself,
    /// or the built-in value of an instance of a subclass of a built-in type).
    fn binop_error(&self, op: BinOp, shape: &Value, a: &Value, b: &Value) -> PyErr {
        match (op, shape) {
            (BinOp::Add, Value::Str(_)) => PyErr::new(
                ExcKind::TypeError,
                format!(
                    "can only concatenate str (not \"{}\") to str",
                    b.type_name()
                ),
            ),
            (BinOp::Add, Value::List(_)) => PyErr::new(
                ExcKind::TypeError,
                format!(
                    "can only concatenate list (not \"{}\") to list",
                    b.type_name()
                ),
            ),
            (BinOp::Add, Value::Tuple(_)) => PyErr::new(
                ExcKind::TypeError,
                format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    b.type_name()
                ),
            ),
            (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_)) => PyErr::new(
                ExcKind::TypeError,
                format!(
                    "can't concat {} to {}",
                    b.type_name(),
                    shape.builtin_type_name()
                ),
            ),
            (
                BinOp::Mul,
                Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_),
            ) if !is_num(b) || matches!(b, Value::Float(_)) => PyErr::new(
                ExcKind::TypeError,
                format!(
                    "can't multiply sequence by non-int of type '{}'",
                    b.type_name()
                ),
            ),
            (BinOp::Mul, _)
                if matches!(
                    b,
                    Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                ) && (!is_num(shape) || matches!(shape, Value::Float(_))) =>
            {
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "can't multiply sequence by non-int of type '{}'",
                        a.type_name()
                    ),
                )
            }
            _ => {
                let sym = if op == BinOp::Pow {
                    "** or pow()"
                } else {
                    op.symbol()
                };
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "unsupported operand type(s) for {sym}: '{}' and '{}'",
                        a.type_name(),
                        b.type_name()
                    ),
                )
            }
        }
    }

    /// Built-in types' operators; `None` when the operands are not handled here
    /// (user classes' dunders are not tried).
    pub fn builtin_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use Value::*;
        if let (Int(_) | Bool(_) | Value::BigInt(_), Int(_) | Bool(_) | BigInt(_)) = (a, b) {
            return self.int_binary(op, a, b).map(Some);
        }
        if is_num(a) && is_num(b) {
            // A big int meeting a float must fit in a float (OverflowError otherwise).
            let to_float = |v: &Value| match v {
                Value::BigInt(big) => crate::objects::int::big_to_f64(big),
                other => Ok(as_f64(other).unwrap_or(0.0)),
            };
            return float_binary(op, to_float(a)?, to_float(b)?);
        }
        if let (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, DictView(_), _)
        | (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, DictView(_)) =
            (op, a, b)
        {
            if let (Some(x), Some(y)) = (self.view_as_set(a)?, self.view_as_set(b)?) {
                let y = self.align_set(&x, &y)?;
                return Ok(Some(set_op(op, &x, &y)));
            }
        }
        if let (Some(x), Some(y)) = (a.as_bytes(), b.as_bytes()) {
            if op == BinOp::Add {
                let mut v = Vec::with_capacity(x.len() + y.len());
                v.extend_from_slice(&x);
                v.extend_from_slice(&y);
                return Ok(Some(a.bytes_like(v)));
            }
        }
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Str(x), Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (BinOp::Add, List(x), List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Tuple(x), Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (
                BinOp::Mul,
                Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_),
                Int(_) | Bool(_) | Value::BigInt(_),
            ) => repeat(a, b)?,
            (
                BinOp::Mul,
                Int(_) | Bool(_) | Value::BigInt(_),
                Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_),
            ) => repeat(b, a)?,
            (BinOp::Mod, Bytes(_) | ByteArray(_), _) => {
                let fmt = a.as_bytes().map(|f| f.to_vec()).unwrap_or_default();
                a.bytes_like(self.percent_format_bytes(&fmt, b)?)
            }
            (BinOp::Mod, Str(fmt), _) => Value::string(self.percent_format(fmt.as_str(), b)?),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Set(x), Set(y)) => {
                let y = self.align_set(x, y)?;
                set_op(op, x, &y)
            }
            (BinOp::BitOr, Dict(x), Dict(y)) => {
                let d = crate::objects::gc::tracked_dict_rc(x.borrow().clone());
                let pairs: Vec<_> = y
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                self.dict_extend(&d, pairs)?;
                Value::Dict(d)
            }
            (_, Native(_), _) | (_, _, Native(_)) => {
                match crate::objects::complex::binary(op, a, b) {
                    Some(r) => r?,
                    Option::None => return Ok(Option::None),
                }
            }
            _ => return Ok(Option::None),
        }))
    }

    fn int_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::FloorDiv => floordiv_i64(x, y)?,
                BinOp::Mod => Some(mod_i64(x, y)?),
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                BinOp::Div => {
                    if y == 0 {
                        return Err(PyErr::new(ExcKind::ZeroDivisionError, "division by zero"));
                    }
                    return Ok(Value::Float(int_true_div(x, y)?));
                }
                BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
                BinOp::LShift if (0..63).contains(&y) && x.unsigned_abs() < (1u64 << (62 - y)) => {
                    Some(x << y)
                }
                BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32),
                BinOp::MatMul => return Err(self.binop_type_error(op, a, b)),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        let (x, y) = (to_big(a).unwrap_or_default(), to_big(b).unwrap_or_default());
        match op {
            BinOp::Div => {
                if y == BigInt::from(0) {
                    return Err(PyErr::new(ExcKind::ZeroDivisionError, "division by zero"));
                }
                Ok(Value::Float(crate::objects::int::true_div(&x, &y)?))
            }
            BinOp::MatMul => Err(self.binop_type_error(op, a, b)),
            _ => big_binop(op.symbol(), &x, &y),
        }
    }

    /// `a op= b`: lists extend in place; everything else as `a op b`.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
        match (op, &a, b) {
            (BinOp::Add, Value::ByteArray(x), _) if b.as_bytes().is_some() => {
                let more = b.as_bytes().map(|y| y.to_vec()).unwrap_or_default();
                x.borrow_mut().extend_from_slice(&more);
                return Ok(a);
            }
            (
                BinOp::Mul,
                Value::ByteArray(x),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
            ) => {
                let Value::ByteArray(ref r) = repeat(&a, b)? else {
                    unreachable!("repeat of a bytearray is a bytearray")
                };
                let data = std::mem::take(&mut *r.borrow_mut());
                *x.borrow_mut() = data;
                return Ok(a);
            }
            (BinOp::Add, Value::List(l), _) => {
                let items = self.collect(b)?;
                l.borrow_mut().extend(items);
                return Ok(a);
            }
            (BinOp::Mul, Value::List(l), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let Value::List(ref r) = repeat(&a, b)? else {
                    unreachable!("repeat of a list is a list")
                };
                let items = std::mem::take(&mut *r.borrow_mut());
                *l.borrow_mut() = items;
                return Ok(a);
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(x),
                Value::Set(y),
            ) if !x.frozen => {
                let y = self.align_set(x, y)?;
                set_inplace(op, x, &y);
                return Ok(a);
            }
            (BinOp::BitOr, Value::Dict(x), _) => {
                let mut tmp = crate::objects::Dict::default();
                self.update_dict(&mut tmp, b)?;
                self.dict_extend(x, tmp)?;
                return Ok(a);
            }
            _ => {}
        }
        if let Value::Instance(inst) = &a {
            let name = format!("__i{}", &op.dunders().0[2..]);
            // The built-in value does the update unless the class defines the in-place
            // dunder; an immutable one (tuple, str, int) has no in-place update, so
            // there the class's binary dunder comes first (`+=` calls its `__add__`).
            let mutable = inst
                .class
                .base_type
                .as_ref()
                .is_some_and(|b| b.builtin.is_some_and(|k| k.is_mutable_base()));
            let base = crate::objects::class::builtin_part(&a, &name)
                .filter(|_| {
                    mutable || crate::objects::class::builtin_part(&a, op.dunders().0).is_some()
                })
                .cloned();
            if let Some(base) = base {
                // An in-place update of a mutable value leaves the instance in place.
                let r = self.inplace_op(op, base.clone(), b)?;
                return Ok(if r.is(&base) { a } else { r });
            }
            if let Some(m) = self.lookup_method(&a, &name) {
                let r = self.call(&m, vec![b.clone()], vec![])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        self.binary_op(op, &a, b)
    }

    /// `op a`.
    pub fn unary_op(&mut self, op: UnaryOp, a: &Value) -> PyResult<Value> {
        match (op, a) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(a)?)),
            (UnaryOp::Neg, Value::Int(i)) => Ok(i
                .checked_neg()
                .map_or_else(|| Value::from_bigint(-BigInt::from(*i)), Value::Int)),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(a.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(_) | Value::Native(_)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                if let Some(base) = crate::objects::class::builtin_part(a, name) {
                    return self.unary_op(op, base);
                }
                match self.lookup_method(a, name) {
                    Some(m) => self.call(&m, vec![], vec![]),
                    None => Err(unary_error(op, a)),
                }
            }
            _ => Err(unary_error(op, a)),
        }
    }

    /// Truthiness, calling `__bool__` or `__len__` on instances.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(b) = v.truthy_fast() {
            return Ok(b);
        }
        if let Some(m) = self.lookup_method(v, "__bool__") {
            let r = self.call(&m, vec![], vec![])?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "__bool__ should return bool, returned {}",
                        other.type_name()
                    ),
                )),
            };
        }
        if let Some(m) = self.lookup_method(v, "__len__") {
            let r = self.call(&m, vec![], vec![])?;
            return Ok(r.as_i64().unwrap_or(1) != 0);
        }
        match crate::objects::class::builtin_part(v, "__bool__") {
            Some(base) => self.truthy(base),
            None => Ok(true),
        }
    }

    /// `a cmp b`.
    pub fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => return self.rich_eq(a, b, false),
            CmpOp::NotEq => return self.rich_eq(a, b, true),
            _ => return self.rich_order(op, a, b),
        }))
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.rich_eq(a, b, false)?;
        self.truthy(&r)
    }

    fn rich_eq(&mut self, a: &Value, b: &Value, negate: bool) -> PyResult<Value> {
        let name = if negate { "__ne__" } else { "__eq__" };
        let order = if subclass_first(a, b) {
            [(b, a), (a, b)]
        } else {
            [(a, b), (b, a)]
        };
        for (x, y) in order {
            let n = name;
            if let Value::Instance(_) = x {
                if let Some(m) = self.lookup_method(x, n) {
                    let r = self.call(&m, vec![y.clone()], vec![])?;
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
                if negate {
                    if let Some(m) = self.lookup_method(x, "__eq__") {
                        let r = self.call(&m, vec![y.clone()], vec![])?;
                        if !self.is_not_implemented(&r) {
                            return Ok(Value::Bool(!self.truthy(&r)?));
                        }
                    }
                }
            }
        }
        let (x, y) = (
            crate::objects::class::builtin_part(a, "__eq__"),
            crate::objects::class::builtin_part(b, "__eq__"),
        );
        if x.is_some() || y.is_some() {
            return self.rich_eq(x.unwrap_or(a), y.unwrap_or(b), negate);
        }
        // A subclass of a built-in type whose `__eq__` gave NotImplemented, against a
        // built-in value: the built-in value's own `==` compares it as its type (a
        // `Counter` equals a plain dict with the same items), as in CPython.
        fn raw(v: &Value) -> Option<&Value> {
            match v {
                Value::Instance(i) => i.base.as_deref(),
                _ => None,
            }
        }
        let plain = |v: &Value| !matches!(v, Value::Instance(_));
        if (plain(a) && raw(b).is_some()) || (plain(b) && raw(a).is_some()) {
            let (x, y) = (raw(a).unwrap_or(a).clone(), raw(b).unwrap_or(b).clone());
            return self.rich_eq(&x, &y, negate);
        }
        let e = match (a, b) {
            (Value::List(_), Value::List(_))
            | (Value::Tuple(_), Value::Tuple(_))
            | (Value::Dict(_), Value::Dict(_)) => {
                self.nested(" in comparison", |vm| vm.builtin_eq(a, b))?
            }
            _ => self.builtin_eq(a, b)?,
        };
        Ok(Value::Bool(e != negate))
    }

    fn builtin_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        Ok(match (a, b) {
            (Str(x), Str(y)) => x.as_str() == y.as_str(),
            _ if is_num(a) && is_num(b) => num_eq(a, b),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                matches!((a.as_bytes(), b.as_bytes()), (Some(x), Some(y)) if *x == *y)
            }
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y)?
            }
            (Tuple(x), Tuple(y)) => self.seq_eq(x, y)?,
            (Dict(x), Dict(y)) => {
                let (x, y_dict) = (x.borrow().clone(), y);
                let y = y_dict.borrow().clone();
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.iter() {
                    let k = self.dict_member(y_dict, k.clone())?;
                    match y.get(&k) {
                        Some(w) => {
                            let w = w.clone();
                            if !v.is(&w) && !self.eq(v, &w)? {
                                return Ok(false);
                            }
                        }
                        Option::None => return Ok(false),
                    }
                }
                true
            }
            (Set(x), Set(y)) => {
                let y = self.align_set(x, y)?;
                x.len() == y.len() && x.iter().iter().all(|k| y.contains(k))
            }
            (Range(x), Range(y)) => {
                let (lx, ly) = (
                    crate::objects::int::range_len(x.0, x.1, x.2),
                    crate::objects::int::range_len(y.0, y.1, y.2),
                );
                lx == ly && (lx == 0 || (x.0 == y.0 && (lx == 1 || x.2 == y.2)))
            }
            (DictView(x), _) | (_, DictView(x))
                if x.kind != crate::objects::dict::ViewKind::Values =>
            {
                // Keys and items views compare as sets.
                let (Some(p), Some(q)) = (self.view_as_set(a)?, self.view_as_set(b)?) else {
                    return Ok(false);
                };
                let q = self.align_set(&p, &q)?;
                p.len() == q.len() && p.iter().iter().all(|k| q.contains(k))
            }
            // Bound methods: the same receiver (by identity) and equal functions.
            (BoundMethod(x), BoundMethod(y)) => {
                x.receiver.is(&y.receiver) && self.eq(&x.func.clone(), &y.func.clone())?
            }
            (Builtin(_), Builtin(_)) => crate::objects::dict::key_eq(a, b),
            _ => return self.native_eq(a, b),
        })
    }

    /// `==` through the equality slot of a native object on either side; identity
    /// when neither has one.
    fn native_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        for (x, y) in [(a, b), (b, a)] {
            if let Value::Native(n) = x {
                if let Some(r) = n.equals(self, y) {
                    return r;
                }
            }
        }
        Ok(a.is(b))
    }

    /// A set or a keys/items view as a set (None for anything else).
    fn view_as_set(&mut self, v: &Value) -> PyResult<Option<Rc<Set>>> {
        Ok(match v {
            Value::Set(s) => Some(s.clone()),
            Value::DictView(view) if view.kind != crate::objects::dict::ViewKind::Values => {
                match self.build_set(view.items(), false)? {
                    Value::Set(ref s) => Some(s.clone()),
                    _ => None,
                }
            }
            _ => None,
        })
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !p.is(q) && !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn rich_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, rname) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        let order = if subclass_first(a, b) {
            [(b, a, rname), (a, b, name)]
        } else {
            [(a, b, name), (b, a, rname)]
        };
        for (x, y, n) in order {
            if let Value::Instance(_) = x {
                if let Some(m) = self.lookup_method(x, n) {
                    let r = self.call(&m, vec![y.clone()], vec![])?;
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
        let (x, y) = (
            crate::objects::class::builtin_part(a, name),
            crate::objects::class::builtin_part(b, rname),
        );
        if x.is_some() || y.is_some() {
            return self.rich_order(op, x.unwrap_or(a), y.unwrap_or(b));
        }
        match self.builtin_cmp(a, b)? {
            Some(ord) => Ok(Value::Bool(match op {
                CmpOp::Lt => ord == Ordering::Less,
                CmpOp::LtE => ord != Ordering::Greater,
                CmpOp::Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            })),
            None if is_num(a) && is_num(b) => Ok(Value::Bool(false)),
            None => {
                if let (Value::Set(x), Value::Set(y)) = (a, b) {
                    let y = &self.align_set(x, y)?;
                    let sub = |p: &crate::objects::Set, q: &crate::objects::Set| {
                        p.iter().iter().all(|k| q.contains(k))
                    };
                    return Ok(Value::Bool(match op {
                        CmpOp::Lt => x.len() < y.len() && sub(x, y),
                        CmpOp::LtE => sub(x, y),
                        CmpOp::Gt => x.len() > y.len() && sub(y, x),
                        _ => sub(y, x),
                    }));
                }
                let sym = op.symbol();
                Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'{sym}' not supported between instances of '{}' and '{}'",
                        a.type_name(),
                        b.type_name()
                    ),
                ))
            }
        }
    }

    /// Ordering of built-in values (None when unordered or unsupported).
    pub fn builtin_cmp(&mut self, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        use Value::*;
        Ok(match (a, b) {
            _ if is_num(a) && is_num(b) => num_cmp(a, b),
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                match (a.as_bytes(), b.as_bytes()) {
                    (Some(x), Some(y)) => Some(x.cmp(&y)),
                    _ => Option::None,
                }
            }
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.nested(" in comparison", |vm| vm.seq_cmp(&x, &y))?
            }
            (Tuple(x), Tuple(y)) => self.nested(" in comparison", |vm| vm.seq_cmp(x, y))?,
            _ => Option::None,
        })
    }

    fn seq_cmp(&mut self, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            if self.lt(p, q)? {
                return Ok(Some(Ordering::Less));
            }
            return Ok(Some(Ordering::Greater));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `a < b` as a bool (used by sorting, min and max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = compare_fast(CmpOp::Lt, a, b) {
            return Ok(r);
        }
        let r = self.rich_order(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// `needle in container`.
    pub fn contains(&mut self, container: &Value, needle: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match needle {
                Value::Str(n) => Ok(s.as_str().contains(n.as_str())),
                _ => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "'in <string>' requires string as left operand, not {}",
                        needle.type_name()
                    ),
                )),
            },
            Value::Bytes(_) | Value::ByteArray(_) => {
                let Some(sub) = crate::objects::bytes::needle(needle)? else {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "a bytes-like object is required, not '{}'",
                            needle.type_name()
                        ),
                    ));
                };
                let hay = container.as_bytes();
                Ok(hay.is_some_and(|h| crate::objects::bytes::find(&h, &sub).is_some()))
            }
            Value::Dict(d) => self.dict_contains(d, needle),
            Value::Set(s) => {
                let k = self.set_key(s, needle.clone())?;
                Ok(s.contains(&k))
            }
            Value::Range(r) => Ok(match needle.as_i64() {
                Some(i) => {
                    let (start, stop, step) = **r;
                    if step > 0 {
                        start <= i && i < stop && (i - start) % step == 0
                    } else {
                        stop < i && i <= start && (start - i) % (-step) == 0
                    }
                }
                None => false,
            }),
            Value::List(l) => {
                let items = l.borrow().clone();
                self.any_eq(&items, needle)
            }
            Value::Tuple(t) => self.any_eq(t, needle),
            Value::DictView(v) if v.kind == crate::objects::dict::ViewKind::Keys => {
                self.dict_contains(&v.dict, needle)
            }
            Value::Instance(_)
                if crate::objects::class::builtin_part(container, "__contains__").is_some() =>
            {
                let base = crate::objects::class::builtin_part(container, "__contains__")
                    .cloned()
                    .unwrap_or_default();
                self.contains(&base, needle)
            }
            _ if crate::objects::class::has_user_slots(container) => {
                if let Some(m) = self.lookup_method(container, "__contains__") {
                    let r = self.call(&m, vec![needle.clone()], vec![])?;
                    return self.truthy(&r);
                }
                self.iter_contains(container, needle)
            }
            Value::Native(n) => match n.contains(self, needle) {
                Some(found) => found,
                None => self.iter_contains(container, needle),
            },
            _ => self.iter_contains(container, needle),
        }
    }

    fn any_eq(&mut self, items: &[Value], needle: &Value) -> PyResult<bool> {
        for it in items {
            if it.is(needle) || self.eq(it, needle)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn iter_contains(&mut self, container: &Value, needle: &Value) -> PyResult<bool> {
        let it = self.get_iter(container.clone()).map_err(|_| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "argument of type '{}' is not iterable",
                    container.type_name()
                ),
            )
        })?;
        while let Some(v) = self.iter_next(&it)? {
            if v.is(needle) || self.eq(&v, needle)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// True when `b`'s type is a proper subclass of `a`'s, so its reflected comparison
/// runs first (CPython's `do_richcompare`).
fn subclass_first(a: &Value, b: &Value) -> bool {
    if !matches!(b, Value::Instance(_)) {
        return false;
    }
    let t = crate::objects::class::types();
    let (ta, tb) = (t.class_of(a), t.class_of(b));
    !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta)
}

fn unary_error(op: UnaryOp, a: &Value) -> PyErr {
    let sym = op.symbol();
    PyErr::new(
        ExcKind::TypeError,
        format!("bad operand type for unary {sym}: '{}'", a.type_name()),
    )
}

/// `x / y` for ints, correctly rounded: one float division when both fit in 53
/// bits (so both convert exactly), else the exact big-int quotient.
fn int_true_div(x: i64, y: i64) -> PyResult<f64> {
    const EXACT: u64 = 1 << 53;
    if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
        return Ok(x as f64 / y as f64);
    }
    crate::objects::int::true_div(&BigInt::from(x), &BigInt::from(y))
}

fn float_binary(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    Ok(Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            x / y
        }
        BinOp::FloorDiv => float_floordiv(x, y)?,
        BinOp::Mod => float_mod(x, y)?,
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return crate::objects::complex::real_pow(x, y).map(Some);
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => return Ok(None),
    })))
}

/// The count of a sequence repetition: OverflowError for an int beyond a C ssize_t,
/// as CPython words it.
fn repeat_count(n: &Value) -> PyResult<i64> {
    n.as_i64().ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )
    })
}

/// `seq * n`, or MemoryError when the result cannot be allocated.
fn repeat(seq: &Value, n: &Value) -> PyResult<Value> {
    let n = repeat_count(n)?.max(0) as usize;
    let len = match seq {
        Value::Str(s) => s.as_str().len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        _ => 0,
    };
    // CPython raises instead of trying to allocate an impossible sequence.
    let total = len
        .checked_mul(n)
        .filter(|&total| total <= 1 << 34)
        .ok_or_else(super::limits::memory_error)?;
    let bytes = |b: &[u8]| -> PyResult<Vec<u8>> {
        let mut out = super::limits::try_vec(total)?;
        (0..n).for_each(|_| out.extend_from_slice(b));
        Ok(out)
    };
    let items = |v: &[Value]| -> PyResult<Vec<Value>> {
        let mut out = super::limits::try_vec(total)?;
        (0..n).for_each(|_| out.extend_from_slice(v));
        Ok(out)
    };
    Ok(match seq {
        Value::Str(s) => {
            let mut out = super::limits::try_string(total)?;
            (0..n).for_each(|_| out.push_str(s.as_str()));
            Value::string(out)
        }
        Value::Bytes(b) => Value::bytes(bytes(b)?),
        Value::ByteArray(b) => Value::bytearray(bytes(&b.borrow())?),
        Value::List(l) => Value::list(items(&l.borrow())?),
        Value::Tuple(t) => Value::tuple(items(t)?),
        _ => unreachable!("repeat of a non-sequence"),
    })
}

/// The set operators with CPython's algorithms (`set_or`, `set_intersection`,
/// `set_difference`, `set_symmetric_difference`), so results iterate in CPython's order.
fn set_op(op: BinOp, x: &Set, y: &Set) -> Value {
    let frozen = x.frozen;
    let out = match op {
        BinOp::BitOr => {
            let s = x.copy(frozen);
            s.merge(y);
            s
        }
        BinOp::BitAnd => {
            // CPython iterates the other set unless it is the larger one.
            let (small, big) = if y.len() > x.len() { (x, y) } else { (y, x) };
            Set::from_keys(frozen, small.iter().into_iter().filter(|k| big.contains(k)))
        }
        BinOp::Sub => {
            if (x.len() >> 2) > y.len() {
                let s = x.copy(frozen);
                for k in y.iter() {
                    s.remove(&k);
                }
                s.compact_after_removals();
                s
            } else {
                Set::from_keys(frozen, x.iter().into_iter().filter(|k| !y.contains(k)))
            }
        }
        _ => {
            let s = y.copy(frozen);
            symmetric_update(&s, x);
            s
        }
    };
    Value::set(out)
}

/// CPython's `set_symmetric_difference_update`: toggles each member of `other`.
fn symmetric_update(s: &Set, other: &Set) {
    for k in other.iter() {
        if !s.remove(&k) {
            s.add(k);
        }
    }
}

/// `a op= b` on a set, in place (`|=`, `&=`, `-=`, `^=`).
fn set_inplace(op: BinOp, a: &Set, b: &Set) {
    match op {
        BinOp::BitOr => a.merge(b),
        BinOp::Sub => {
            // CPython first narrows a much larger `b` to the common members.
            let keys = if (b.len() >> 3) > a.len() {
                b.iter().into_iter().filter(|k| a.contains(k)).collect()
            } else {
                b.iter()
            };
            for k in keys {
                a.remove(&k);
            }
            a.compact_after_removals();
        }
        BinOp::BitXor if std::ptr::eq(a, b) => a.clear(),
        BinOp::BitXor => symmetric_update(a, b),
        _ => {
            if let Some(r) = set_op(BinOp::BitAnd, a, b).into_set() {
                a.replace_with(Rc::try_unwrap(r).unwrap_or_else(|r| r.copy(a.frozen)));
            }
        }
    }
}
