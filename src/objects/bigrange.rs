//! `range` objects whose bounds do not fit an i64 (`range(10**20)`). CPython's ranges
//! hold Python ints, so they iterate, index, slice and test membership at any size,
//! and only `len()` of one longer than `sys.maxsize` fails (OverflowError). The
//! common ranges stay `Value::Range` (three i64s); `range()` makes a [`BigRange`]
//! only when an argument does not fit, and slicing one gives back a `Value::Range`
//! when the result fits.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::class::{types, Class};
use super::int::to_big;
use super::native::{Native, NativeObject};
use super::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A range with big-int bounds (its step is never zero).
#[derive(Debug)]
pub struct BigRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
}

impl BigRange {
    /// `range(start, stop, step)` as a value (`step` is not zero): a `Value::Range`
    /// when the bounds and the length fit an i64, else a big range.
    pub fn value(start: BigInt, stop: BigInt, step: BigInt) -> Value {
        let r = BigRange { start, stop, step };
        match (
            r.start.to_i64(),
            r.stop.to_i64(),
            r.step.to_i64(),
            r.len().to_i64(),
        ) {
            (Some(a), Some(b), Some(c), Some(_)) => Value::Range(Rc::new((a, b, c))),
            _ => Native::value(r),
        }
    }

    /// The number of items.
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            BigInt::zero()
        } else {
            (hi - lo - 1u8) / step + 1u8
        }
    }

    /// The item at index `i` (negative from the end), if there is one.
    fn item(&self, i: &BigInt) -> Option<BigInt> {
        let len = self.len();
        let i = if i.is_negative() { i + &len } else { i.clone() };
        (!i.is_negative() && i < len).then(|| &self.start + i * &self.step)
    }

    /// Whether the int `n` is an item.
    fn contains(&self, n: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= n && n < &self.stop
        } else {
            &self.stop < n && n <= &self.start
        };
        inside && (n - &self.start).mod_floor(&self.step).is_zero()
    }

    /// `r[start:stop:step]`, CPython's `compute_slice` over big indices.
    fn slice(&self, bounds: &(Value, Value, Value)) -> PyResult<Value> {
        let index = |v: &Value| -> PyResult<Option<BigInt>> {
            match v {
                Value::None => Ok(None),
                v => to_big(v).map(Some).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
            }
        };
        let step = index(&bounds.2)?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(PyErr::new(ExcKind::ValueError, "slice step cannot be zero"));
        }
        let len = self.len();
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &len - 1u8)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |i: Option<BigInt>, default: &BigInt| match i {
            None => default.clone(),
            Some(i) if i.is_negative() => (i + &len).max(lower.clone()),
            Some(i) => i.min(upper.clone()),
        };
        let (first, last) = if step.is_negative() {
            (&upper, &lower)
        } else {
            (&lower, &upper)
        };
        let start = clamp(index(&bounds.0)?, first);
        let stop = clamp(index(&bounds.1)?, last);
        Ok(BigRange::value(
            &self.start + start * &self.step,
            &self.start + stop * &self.step,
            &self.step * step,
        ))
    }

    /// `iter(r)`.
    pub fn iter(&self) -> Value {
        Native::value(BigRangeIterator {
            next: RefCell::new(self.start.clone()),
            left: RefCell::new(self.len()),
            step: self.step.clone(),
        })
    }

    /// `r == other`: the same items (CPython compares length, first item and step).
    pub fn equals(&self, other: &BigRange) -> bool {
        let len = self.len();
        len == other.len()
            && (len.is_zero()
                || (self.start == other.start && (len.is_one() || self.step == other.step)))
    }

    /// `reversed(r)`.
    pub fn reversed(&self) -> Value {
        let len = self.len();
        Native::value(BigRangeIterator {
            next: RefCell::new(&self.start + (&len - 1u8) * &self.step),
            left: RefCell::new(len),
            step: -&self.step,
        })
    }

    /// `n in r`: arithmetic for ints; `None` for other needles (compared item by item).
    pub fn contains_value(&self, needle: &Value) -> Option<bool> {
        to_big(needle).map(|n| self.contains(&n))
    }

    /// `len(r)`: CPython's OverflowError past `sys.maxsize`.
    pub fn length(&self) -> PyResult<usize> {
        self.len().to_i64().map(|n| n as usize).ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        })
    }
}

impl NativeObject for BigRange {
    fn class(&self) -> Rc<Class> {
        types().range.clone()
    }

    fn type_name(&self) -> &'static str {
        "range"
    }

    fn repr(&self, _vm: &mut Vm) -> Option<PyResult<String>> {
        Some(Ok(if self.step.is_one() {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }))
    }

    fn attr(&self, name: &str) -> Option<Value> {
        let v = match name {
            "start" => &self.start,
            "stop" => &self.stop,
            "step" => &self.step,
            _ => return None,
        };
        Some(Value::from_bigint(v.clone()))
    }

    fn iter(&self) -> Option<Value> {
        Some(BigRange::iter(self))
    }

    fn equals(&self, _vm: &mut Vm, other: &Value) -> Option<PyResult<bool>> {
        other
            .downcast::<BigRange>()
            .map(|o| Ok(BigRange::equals(self, o)))
    }

    fn length(&self) -> Option<PyResult<usize>> {
        Some(BigRange::length(self))
    }

    fn contains(&self, _vm: &mut Vm, needle: &Value) -> Option<PyResult<bool>> {
        self.contains_value(needle).map(Ok)
    }

    fn getitem(&self, _vm: &mut Vm, key: &Value) -> Option<PyResult<Value>> {
        Some(match key {
            Value::Slice(s) => self.slice(s),
            k => match to_big(k) {
                Some(i) => self.item(&i).map(Value::from_bigint).ok_or_else(|| {
                    PyErr::new(ExcKind::IndexError, "range object index out of range")
                }),
                None => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "range indices must be integers or slices, not {}",
                        k.type_name()
                    ),
                )),
            },
        })
    }
}

/// The iterator of a big range (CPython's `longrange_iterator`).
#[derive(Debug)]
struct BigRangeIterator {
    next: RefCell<BigInt>,
    left: RefCell<BigInt>,
    step: BigInt,
}

impl NativeObject for BigRangeIterator {
    fn class(&self) -> Rc<Class> {
        types().iter_class("longrange_iterator")
    }

    fn type_name(&self) -> &'static str {
        "longrange_iterator"
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut left = self.left.borrow_mut();
        if !left.is_positive() {
            return Ok(None);
        }
        *left -= 1u8;
        let mut next = self.next.borrow_mut();
        let v = next.clone();
        *next += &self.step;
        Ok(Some(Value::from_bigint(v)))
    }
}
